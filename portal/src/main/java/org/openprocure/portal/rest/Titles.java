package org.openprocure.portal.rest;

import org.jboss.logging.Logger;

import org.openprocure.portal.client.TenderServiceClient;

/** A tender's title for lists that come from bid-service, which knows tenders only by OCID. */
final class Titles {

    private static final Logger LOG = Logger.getLogger(Titles.class);

    private Titles() {
    }

    /** The notice's title, or null when tender-service cannot give it right now (the list shows the OCID). */
    static String of(TenderServiceClient tenderService, String ocid) {
        try {
            return tenderService.notice(ocid).title();
        } catch (RuntimeException unavailable) {
            LOG.debugf("No title for %s: %s", ocid, unavailable.toString());
            return null;
        }
    }
}
