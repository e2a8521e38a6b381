package org.openprocure.tender.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenderRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void aWellFormedOpenTenderHasNoViolations() {
        assertEquals(List.of(), TenderRules.checkPublication(terms(ProcurementMethod.OPEN, null, 2, 3), NOW));
    }

    @Test
    void aNonOpenProcedureNeedsAWrittenJustification() {
        assertEquals(List.of(new Violation("procurementMethodRationale",
                        "a limited procedure needs a written justification")),
                TenderRules.checkDraft(terms(ProcurementMethod.LIMITED, " ", 2, 3)));
        assertEquals(List.of(), TenderRules.checkDraft(terms(ProcurementMethod.LIMITED, "Urgency: flood damage", 2, 3)));
    }

    @Test
    void nobodyOpensBidsAloneAndTheThresholdFitsTheCommittee() {
        assertEquals(List.of(new Violation("openingCommittee.threshold",
                        "must be between 2 and the number of members (3)")),
                TenderRules.checkDraft(terms(ProcurementMethod.OPEN, null, 1, 3)));
        assertEquals(List.of(new Violation("openingCommittee.threshold",
                        "must be between 2 and the number of members (3)")),
                TenderRules.checkDraft(terms(ProcurementMethod.OPEN, null, 4, 3)));
        List<Violation> single = TenderRules.checkDraft(terms(ProcurementMethod.OPEN, null, 2, 1));
        assertTrue(single.contains(new Violation("openingCommittee.members",
                "needs at least 2 members, so that nobody opens bids alone")), single.toString());
    }

    @Test
    void aMemberNamedTwiceIsRefused() {
        TenderTerms base = terms(ProcurementMethod.OPEN, null, 2, 2);
        TenderTerms twice = withCommittee(base, List.of(new TenderTerms.CommitteeMember("officer.anna", "Anna"),
                new TenderTerms.CommitteeMember("Officer.Anna", "Anna K.")));

        assertEquals(List.of(new Violation("openingCommittee.members[1].username", "'Officer.Anna' is named twice")),
                TenderRules.checkDraft(twice));
    }

    @Test
    void theScheduleRunsEnquiriesThenDeadlineThenOpening() {
        TenderTerms t = terms(ProcurementMethod.OPEN, null, 2, 3);
        TenderTerms openingEarly = new TenderTerms(t.title(), t.description(), t.procurementMethod(),
                t.procurementMethodRationale(), t.mainProcurementCategory(), t.awardCriteria(), t.criteria(),
                t.currency(), t.lots(), null, t.submissionDeadline(), t.submissionDeadline(),
                t.submissionDeadline().minusSeconds(1),
                t.bidValidityDays(), t.committeeThreshold(), t.committee());

        assertEquals(List.of(new Violation("enquiryDeadline", "must be before the submission deadline"),
                        new Violation("openingDate", "must not be before the submission deadline")),
                TenderRules.checkDraft(openingEarly));
    }

    @Test
    void aTenderWhoseDeadlinesHavePassedCannotBePublished() {
        TenderTerms t = terms(ProcurementMethod.OPEN, null, 2, 3);
        Instant later = t.submissionDeadline().plus(Duration.ofMinutes(1));

        List<Violation> violations = TenderRules.checkPublication(t, later);

        assertEquals(List.of("enquiryDeadline", "submissionDeadline"),
                violations.stream().map(Violation::field).toList());
    }

    @Test
    void currencyAndLotValuesAreChecked() {
        TenderTerms t = terms(ProcurementMethod.OPEN, null, 2, 3);
        TenderTerms bad = new TenderTerms(t.title(), t.description(), t.procurementMethod(), null,
                t.mainProcurementCategory(), t.awardCriteria(), List.of(), "EUX",
                List.of(new TenderTerms.LotTerms("Lot", null, BigDecimal.ZERO, List.of(ITEM))), null, t.enquiryDeadline(),
                t.submissionDeadline(), t.openingDate(), 0, 2, t.committee());

        assertEquals(List.of(new Violation("currency", "'EUX' is not an ISO 4217 currency code"),
                        new Violation("lots[0].estimatedValue", "must be greater than 0"),
                        new Violation("bidValidityDays", "must be between 1 and 365")),
                TenderRules.checkDraft(bad));
    }

    static final TenderTerms.ItemTerms ITEM =
            new TenderTerms.ItemTerms("Asphalt surfacing", new BigDecimal("8400"), "m2", "45233252-0");

    static TenderTerms terms(ProcurementMethod method, String rationale, int threshold, int members) {
        List<TenderTerms.CommitteeMember> committee = java.util.stream.IntStream.rangeClosed(1, members)
                .mapToObj(i -> new TenderTerms.CommitteeMember("officer." + i, "Officer " + i)).toList();
        return new TenderTerms("Road resurfacing", "Milling and asphalt", method, rationale, ProcurementCategory.WORKS,
                AwardCriteria.PRICE_ONLY, List.of(), "EUR",
                List.of(new TenderTerms.LotTerms("Lot 1", null, new BigDecimal("1000.00"), List.of(ITEM))), null,
                NOW.plus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(30)).plusSeconds(1800),
                90, threshold, committee);
    }

    private static TenderTerms withCommittee(TenderTerms t, List<TenderTerms.CommitteeMember> committee) {
        return new TenderTerms(t.title(), t.description(), t.procurementMethod(), t.procurementMethodRationale(),
                t.mainProcurementCategory(), t.awardCriteria(), t.criteria(), t.currency(), t.lots(),
                t.consultationEnd(), t.enquiryDeadline(), t.submissionDeadline(), t.openingDate(), t.bidValidityDays(),
                t.committeeThreshold(), committee);
    }
}
