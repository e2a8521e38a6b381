package org.openprocure.tender.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the public sees changed between two versions, and whether bidders must look at their bids again. */
class TenderDiffTest {

    private final TenderTerms before = TenderRulesTest.terms(ProcurementMethod.OPEN, null, 2, 3);

    @Test
    void identicalVersionsHaveNoChanges() {
        assertEquals(List.of(), TenderDiff.between(TenderDiff.flatten(before, Map.of()),
                TenderDiff.flatten(before, Map.of())));
    }

    @Test
    void aChangedValueAnAddedItemAndAMovedDeadlineAreEachNamedByPath() {
        TenderTerms.LotTerms lot = before.lots().get(0);
        TenderTerms after = with(before, List.of(new TenderTerms.LotTerms(lot.title(), lot.description(),
                        new BigDecimal("1200.00"), List.of(lot.items().get(0),
                        new TenderTerms.ItemTerms("Kerbs", new BigDecimal("300"), "m", "45233252-0")))),
                before.submissionDeadline().plus(Duration.ofDays(7)), before.description());

        List<TenderDiff.Change> changes = TenderDiff.between(TenderDiff.flatten(before, Map.of()),
                TenderDiff.flatten(after, Map.of()));

        assertEquals(List.of(new TenderDiff.Change("lots[0].estimatedValue", "1000", "1200"),
                new TenderDiff.Change("lots[0].items[1].description", null, "Kerbs"),
                new TenderDiff.Change("lots[0].items[1].quantity", null, "300"),
                new TenderDiff.Change("lots[0].items[1].unit", null, "m"),
                new TenderDiff.Change("lots[0].items[1].classification", null, "45233252-0"),
                new TenderDiff.Change("submissionDeadline", "2026-12-30T09:00:00Z", "2027-01-06T09:00:00Z"),
                new TenderDiff.Change("openingDate", "2026-12-30T09:30:00Z", "2027-01-06T09:30:00Z")),
                changes);
        assertTrue(TenderDiff.isMaterial(changes), "a changed value or item may change what bidders offer");
    }

    @Test
    void textAndDatesAloneAreNotMaterial() {
        TenderTerms after = with(before, before.lots(), before.submissionDeadline().plus(Duration.ofDays(3)),
                "Milling and asphalt, night work only");
        List<TenderDiff.Change> changes = TenderDiff.between(TenderDiff.flatten(before, Map.of()),
                TenderDiff.flatten(after, Map.of()));

        assertEquals(List.of("description", "submissionDeadline", "openingDate"), changes.stream().map(TenderDiff.Change::field).toList());
        assertFalse(TenderDiff.isMaterial(changes));
    }

    @Test
    void aRemovedDocumentIsAChangeWithNothingAfter() {
        List<TenderDiff.Change> changes = TenderDiff.between(
                TenderDiff.flatten(before, Map.of("documents[spec.pdf]", "Specification (SHA-256 ab12)")),
                TenderDiff.flatten(before, Map.of()));

        assertEquals(List.of(new TenderDiff.Change("documents[spec.pdf]", "Specification (SHA-256 ab12)", null)),
                changes);
        assertTrue(TenderDiff.isMaterial(changes));
    }

    private static TenderTerms with(TenderTerms t, List<TenderTerms.LotTerms> lots, java.time.Instant deadline,
            String description) {
        return new TenderTerms(t.title(), description, t.procurementMethod(), t.procurementMethodRationale(),
                t.mainProcurementCategory(), t.awardCriteria(), t.criteria(), t.currency(), lots, t.consultationEnd(),
                t.enquiryDeadline(), deadline, t.openingDate().plus(java.time.Duration.between(t.submissionDeadline(),
                deadline)), t.bidValidityDays(), t.committeeThreshold(), t.committee());
    }
}
