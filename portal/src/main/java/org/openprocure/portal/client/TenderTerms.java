package org.openprocure.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The terms of a tender as an officer writes them: the body of a new draft, of a draft's
 * replacement, and the {@code terms} of an amendment. Fields left empty are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TenderTerms(
        String title,
        String description,
        String procurementMethod,
        String procurementMethodRationale,
        String mainProcurementCategory,
        String currency,
        String awardCriteria,
        List<Criterion> criteria,
        List<LotTerms> lots,
        Instant consultationEnd,
        Instant enquiryDeadline,
        Instant submissionDeadline,
        Instant openingDate,
        Integer bidValidityDays,
        OpeningCommittee openingCommittee) {

    /** A lot as drafted; tender-service assigns its id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LotTerms(String title, String description, BigDecimal estimatedValue,
            List<ItemTerms> items) {
    }

    /** An item as drafted; {@code classification} is the CPV code alone, e.g. {@code 45233252-0}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemTerms(String description, BigDecimal quantity, String unit, String classification) {
    }
}
