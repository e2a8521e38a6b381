package org.openprocure.portal.view;

import java.util.List;

import org.openprocure.portal.client.Criterion;
import org.openprocure.portal.client.OwnBids;
import org.openprocure.portal.client.Receipt;
import org.openprocure.portal.client.SubmissionWindow;

/**
 * The "Bid" part of a published tender's page. Whether bids are taken is bid-service's decision by its
 * own clock ({@code window}; null when it could not be asked). A signed-in supplier sees its own bid
 * ({@code own}; null when it could not be fetched) with its latest receipt, and the forms to submit,
 * replace or withdraw while bids are taken; each form rendering has an Idempotency-Key of its own.
 */
public record BidSection(
        SubmissionWindow window,
        boolean supplier,
        boolean signedIn,
        OwnBids own,
        List<Criterion> qualityCriteria,
        BidForm form,
        String withdrawKey,
        FormProblem withdrawProblem,
        String done) {

    public boolean unavailable() {
        return window == null;
    }

    public boolean accepting() {
        return window != null && window.acceptingBids();
    }

    public boolean closed() {
        return window != null && !window.acceptingBids();
    }

    public boolean hasCurrentBid() {
        return own != null && own.current() != null;
    }

    public Receipt latestReceipt() {
        return own == null ? null : own.latest();
    }

    /** The submission form while bids are taken and the supplier has none; the replace form once it has one. */
    public boolean offersSubmit() {
        return supplier && accepting() && own != null && own.current() == null;
    }

    public boolean offersReplace() {
        return supplier && accepting() && hasCurrentBid();
    }

    public String submitAction() {
        return "/tenders/" + window.ocid() + "/bid";
    }

    public String replaceAction() {
        return "/tenders/" + window.ocid() + "/bid/" + own.current().bidId() + "/replace";
    }
}
