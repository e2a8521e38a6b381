package org.openprocure.portal.view;

import org.openprocure.portal.client.KeyCard;

/** A key card just collected, shown this once: its text to copy and its PDF in the same page. */
public record KeyCardPage(KeyCard card, String title) {

    public String name() {
        return title != null ? title : card.ocid();
    }

    /** The PDF inside the page itself: it cannot be fetched a second time. */
    public String pdfHref() {
        return "data:application/pdf;base64," + card.pdfBase64();
    }

    public String pdfFileName() {
        return "key-card-" + card.ocid() + "-" + card.index() + ".pdf";
    }
}
