package org.openprocure.tender.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openprocure.tender.domain.AwardCriteria;
import org.openprocure.tender.domain.ProcurementCategory;
import org.openprocure.tender.domain.ProcurementMethod;
import org.openprocure.tender.domain.TenderTerms;

/** The body of {@code POST /api/tenders}: a new draft. */
public record TenderDraftRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20000) String description,
        @NotNull ProcurementMethod procurementMethod,
        @Size(max = 5000) String procurementMethodRationale,
        @NotNull ProcurementCategory mainProcurementCategory,
        @NotNull AwardCriteria awardCriteria,
        @NotNull String currency,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid LotRequest> lots,
        @NotNull Instant enquiryDeadline,
        @NotNull Instant submissionDeadline,
        @NotNull Instant openingDate,
        @NotNull Integer bidValidityDays,
        @NotNull @Valid OpeningCommitteeRequest openingCommittee) {

    /** A lot and its estimated value, in the tender's currency. */
    public record LotRequest(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 5000) String description,
            @NotNull @Digits(integer = 15, fraction = 2) BigDecimal estimatedValue) {
    }

    /** The officers who will each hold one key share, and how many of them must act to open bids. */
    public record OpeningCommitteeRequest(
            @NotNull Integer threshold,
            @NotNull @Size(max = 20) List<@NotNull @Valid MemberRequest> members) {
    }

    /** An officer by user name (as in the identity provider) and display name. */
    public record MemberRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 300) String name) {
    }

    TenderTerms toTerms() {
        return new TenderTerms(title.strip(), description.strip(), procurementMethod, procurementMethodRationale,
                mainProcurementCategory, awardCriteria, currency,
                lots.stream().map(l -> new TenderTerms.LotTerms(l.title().strip(), l.description(), l.estimatedValue()))
                        .toList(),
                enquiryDeadline, submissionDeadline, openingDate, bidValidityDays, openingCommittee.threshold(),
                openingCommittee.members().stream()
                        .map(m -> new TenderTerms.CommitteeMember(m.username().strip(), m.name().strip())).toList());
    }
}
