package org.openprocure.tender.rest;

import org.openprocure.tender.service.TenderReader.TenderDetails;

/** Builds the views of tenders from what the reader loaded. */
final class Views {

    private Views() {
    }

    static TenderView tender(TenderDetails details) {
        return TenderView.of(details.tender(), details.documents(),
                new TenderView.Counts(details.comments(), details.unansweredComments()),
                new TenderView.Counts(details.enquiries(), details.unansweredEnquiries()), details.awards());
    }
}
