package org.openprocure.evaluation.report;

import java.time.Instant;
import java.util.List;
import org.openprocure.events.Money;

/**
 * The award notice of one lot, issued when the award is confirmed: the public statement of who won
 * what, for how much, after which procedure.
 *
 * @param complaints the complaints filed during the standstill and how each was decided
 */
public record AwardNoticeData(
        String ocid,
        String title,
        String buyerName,
        String lotId,
        String lotTitle,
        Money estimate,
        String method,
        String awardId,
        String supplierName,
        String supplierId,
        Money value,
        int bidsReceived,
        int bidsQualified,
        Instant proposedAt,
        Instant standstillEnded,
        Instant confirmedAt,
        List<Complaint> complaints,
        String reportSha256) {

    public record Complaint(int number, String complainantName, Instant filedAt, String decision, String reason) {
    }
}
