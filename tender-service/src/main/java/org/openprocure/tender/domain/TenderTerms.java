package org.openprocure.tender.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What an officer sets when drafting or amending a tender, as the domain rules see it. */
public record TenderTerms(
        String title,
        String description,
        ProcurementMethod procurementMethod,
        String procurementMethodRationale,
        ProcurementCategory mainProcurementCategory,
        AwardCriteria awardCriteria,
        List<Criterion> criteria,
        String currency,
        List<LotTerms> lots,
        Instant consultationEnd,
        Instant enquiryDeadline,
        Instant submissionDeadline,
        Instant openingDate,
        int bidValidityDays,
        int committeeThreshold,
        List<CommitteeMember> committee) {

    public TenderTerms {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        lots = List.copyOf(lots);
        committee = List.copyOf(committee);
    }

    public record LotTerms(String title, String description, BigDecimal estimatedValue, List<ItemTerms> items) {
        public LotTerms {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** A line of what is bought: {@code classification} is its CPV 2008 code, e.g. {@code 45233252-0}. */
    public record ItemTerms(String description, BigDecimal quantity, String unit, String classification) {
    }

    /** An award criterion of a best price-quality tender; {@code weight} in percent. */
    public record Criterion(String name, CriterionType type, int weight) {
    }

    public record CommitteeMember(String username, String name) {
    }

    public BigDecimal estimatedValue() {
        return lots.stream().map(LotTerms::estimatedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
