package org.openprocure.portal.view;

import org.openprocure.portal.client.PublicAwards;

/**
 * The public "Award" part of a tender's page, from evaluation-service: per lot its status, the supplier and
 * value, the standstill or the confirmation, and the evaluation report and award notice as PDFs passed
 * through the portal. {@code awards} is null when it could not be fetched ({@code unavailable}).
 */
public record AwardSection(String ocid, PublicAwards awards, boolean unavailable) {

    /** The element id of a lot's award, e.g. {@code award-lot-1}. */
    public String anchor(String lotId) {
        return StepForms.ids("award", lotId);
    }

    public String reportLink(String lotId) {
        return "/tenders/" + ocid + "/lots/" + lotId + "/report.pdf";
    }

    public String noticeLink(String lotId) {
        return "/tenders/" + ocid + "/lots/" + lotId + "/notice.pdf";
    }
}
