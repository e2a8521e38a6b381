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
import org.openprocure.tender.domain.CriterionType;
import org.openprocure.tender.domain.ProcurementCategory;
import org.openprocure.tender.domain.ProcurementMethod;
import org.openprocure.tender.domain.TenderTerms;

/** The tender body: of {@code POST /api/tenders}, {@code PUT /api/tenders/{id}} and an amendment's {@code terms}. */
public record TenderDraftRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20000) String description,
        @NotNull ProcurementMethod procurementMethod,
        @Size(max = 5000) String procurementMethodRationale,
        @NotNull ProcurementCategory mainProcurementCategory,
        @NotNull AwardCriteria awardCriteria,
        @Size(max = 10) List<@NotNull @Valid CriterionRequest> criteria,
        @NotNull String currency,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid LotRequest> lots,
        Instant consultationEnd,
        @NotNull Instant enquiryDeadline,
        @NotNull Instant submissionDeadline,
        @NotNull Instant openingDate,
        @NotNull Integer bidValidityDays,
        @NotNull @Valid OpeningCommitteeRequest openingCommittee) {

    /** A weighted award criterion: the price criterion, or a quality criterion the evaluators score. */
    public record CriterionRequest(@NotBlank @Size(max = 200) String name, @NotNull CriterionType type,
            @NotNull Integer weight) {
    }

    /** A lot, its estimated value in the tender's currency, and what is bought in it. */
    public record LotRequest(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 5000) String description,
            @NotNull @Digits(integer = 15, fraction = 2) BigDecimal estimatedValue,
            @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid ItemRequest> items) {
    }

    /** A line of what is bought: quantity, unit and its CPV 2008 code with check digit, e.g. {@code 45233252-0}. */
    public record ItemRequest(
            @NotBlank @Size(max = 1000) String description,
            @NotNull @Digits(integer = 15, fraction = 3) BigDecimal quantity,
            @NotBlank @Size(max = 50) String unit,
            @NotNull String classification) {
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
        return new TenderTerms(title.strip(), description.strip(), procurementMethod,
                procurementMethodRationale == null || procurementMethodRationale.isBlank() ? null
                        : procurementMethodRationale.strip(),
                mainProcurementCategory, awardCriteria,
                criteria == null ? List.of() : criteria.stream()
                        .map(c -> new TenderTerms.Criterion(c.name().strip(), c.type(), c.weight())).toList(),
                currency,
                lots.stream().map(l -> new TenderTerms.LotTerms(l.title().strip(), l.description(), l.estimatedValue(),
                        l.items().stream().map(i -> new TenderTerms.ItemTerms(i.description().strip(), i.quantity(),
                                i.unit().strip(), i.classification().strip())).toList())).toList(),
                consultationEnd, enquiryDeadline, submissionDeadline, openingDate, bidValidityDays,
                openingCommittee.threshold(),
                openingCommittee.members().stream()
                        .map(m -> new TenderTerms.CommitteeMember(m.username().strip(), m.name().strip())).toList());
    }

    /** The body that would create these terms: how versions are shown. */
    static TenderDraftRequest of(TenderTerms t) {
        return new TenderDraftRequest(t.title(), t.description(), t.procurementMethod(), t.procurementMethodRationale(),
                t.mainProcurementCategory(), t.awardCriteria(),
                t.criteria().stream().map(c -> new CriterionRequest(c.name(), c.type(), c.weight())).toList(),
                t.currency(),
                t.lots().stream().map(l -> new LotRequest(l.title(), l.description(), l.estimatedValue(),
                        l.items().stream().map(i -> new ItemRequest(i.description(), i.quantity(), i.unit(),
                                i.classification())).toList())).toList(),
                t.consultationEnd(), t.enquiryDeadline(), t.submissionDeadline(), t.openingDate(), t.bidValidityDays(),
                new OpeningCommitteeRequest(t.committeeThreshold(),
                        t.committee().stream().map(m -> new MemberRequest(m.username(), m.name())).toList()));
    }
}
