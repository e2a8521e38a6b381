package org.openprocure.events.tender;

import java.time.Instant;
import java.util.List;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.Period;

/**
 * A tender notice became public. Carries everything bid-service needs to seal bids (the deadline,
 * the opening time and committee) and everything evaluation-service needs to evaluate (lots, award
 * criteria). Codes ({@code procurementMethod}, {@code mainProcurementCategory}, {@code
 * awardCriteria}) are OCDS codelist values.
 */
public record TenderPublished(
        String tenderId,
        int noticeVersion,
        String title,
        String description,
        Organization buyer,
        String procurementMethod,
        String procurementMethodRationale,
        String mainProcurementCategory,
        String awardCriteria,
        Money value,
        List<Lot> lots,
        Period tenderPeriod,
        Period enquiryPeriod,
        Instant openingDate,
        int bidValidityDays,
        OpeningCommittee openingCommittee,
        Instant publishedAt) {

    /** A lot: bids are made and awarded per lot. */
    public record Lot(String id, String title, String description, Money value) {
    }

    /** The officers who hold key shares; {@code threshold} of them must act together to open bids. */
    public record OpeningCommittee(int threshold, List<Member> members) {
    }

    /** A committee member by user name and display name. */
    public record Member(String username, String name) {
    }
}
