package org.openprocure.tender.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What an officer sets when drafting a tender, as the domain rules see it. */
public record TenderTerms(
        String title,
        String description,
        ProcurementMethod procurementMethod,
        String procurementMethodRationale,
        ProcurementCategory mainProcurementCategory,
        AwardCriteria awardCriteria,
        String currency,
        List<LotTerms> lots,
        Instant enquiryDeadline,
        Instant submissionDeadline,
        Instant openingDate,
        int bidValidityDays,
        int committeeThreshold,
        List<CommitteeMember> committee) {

    public record LotTerms(String title, String description, BigDecimal estimatedValue) {
    }

    public record CommitteeMember(String username, String name) {
    }

    public BigDecimal estimatedValue() {
        return lots.stream().map(LotTerms::estimatedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
