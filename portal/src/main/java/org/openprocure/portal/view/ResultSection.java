package org.openprocure.portal.view;

import org.openprocure.portal.client.BidderResult;

/**
 * A bidder's "Result" part of a tender's page: per lot its qualification, rank, a justification request with
 * the form to answer, the award with its standstill and the complaint form while it may complain.
 * {@code result} is null when it could not be fetched ({@code unavailable}); {@code bidId} is the bidder's
 * bid, which the justification names.
 */
public record ResultSection(String ocid, BidderResult result, String bidId, boolean unavailable, String done,
        StepForms forms) {

    public String justificationAction(String lotId) {
        return "/tenders/" + ocid + "/lots/" + lotId + "/justification";
    }

    public String complaintAction(String lotId) {
        return "/tenders/" + ocid + "/lots/" + lotId + "/complaints";
    }
}
