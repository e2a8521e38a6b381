package org.openprocure.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openprocure.contract.analytics.ProcessProjection;
import org.openprocure.contract.analytics.ProcessProjection.AwardRow;
import org.openprocure.contract.analytics.ProcessProjection.BidRow;
import org.openprocure.contract.analytics.ProcessProjection.Rows;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventType;
import org.openprocure.events.EventTypes;
import org.openprocure.events.evaluation.ComplaintDecided;
import org.openprocure.events.evaluation.QualificationDecided;
import org.openprocure.events.tender.TenderCancelled;

/** The fold of a process's history into its rows, without any infrastructure. */
class ProcessProjectionTest {

    private static final String OCID = "ocds-op7x2k-T-2027-000001";
    private static final String ZIELINSKI_BID = "4b7e0c1a-9d2f-4e3b-8a5c-6f1d2e3c4b5a";

    @Test
    void theSummaryHasTheClassificationLotsAndTenderersOfTheNotice() {
        EventChain tender = new EventChain(OCID);
        Rows rows = fold(tender.next(EventTypes.TENDER_PUBLISHED), new EventChain(OCID).next(EventTypes.BIDS_OPENED));

        assertEquals("45233252-0", rows.process().mainCpvCode());
        assertEquals("45", rows.process().cpvDivision());
        assertEquals(2, rows.process().lots());
        assertEquals(1, rows.process().numberOfTenderers(), "the unreadable bid names no tenderer");
        assertEquals("open", rows.process().procurementMethod());
        assertEquals(null, rows.process().procurementMethodDetails());
        assertEquals(1, rows.bids().size());
        BidRow bid = rows.bids().get(0);
        assertEquals(List.of(ZIELINSKI_BID, "lot-1", "supplier-zielinski", "Zieliński i Synowie sp. z o.o.", "EUR",
                "submitted"), List.of(bid.bidId(), bid.lotId(), bid.supplierId(), bid.supplierName(), bid.currency(),
                bid.status()));
        assertEquals(0, new BigDecimal("104250").compareTo(bid.amount()));
        assertEquals(Instant.parse("2027-01-05T16:20:11.408Z"), bid.receivedAt());
    }

    @Test
    void theLatestQualificationDecisionGivesTheBidItsStatus() {
        EventChain evaluation = new EventChain(OCID);
        Rows rows = fold(new EventChain(OCID).next(EventTypes.BIDS_OPENED),
                evaluation.next(EventTypes.QUALIFICATION_DECIDED),
                evaluation.next(EventTypes.QUALIFICATION_DECIDED, q -> new QualificationDecided(q.tenderId(),
                        q.lotId(), q.bidId(), q.bidderId(), q.bidderName(), false, "Certificate expired.",
                        q.documents(), q.decidedBy()), Instant.parse("2027-01-10T09:00:00Z")));

        assertEquals("disqualified", rows.bids().get(0).status());
        assertEquals("Certificate expired.", rows.bids().get(0).statusReason());
    }

    @Test
    void awardsFollowProposalComplaintConfirmationAndCancellation() {
        EventChain tender = new EventChain(OCID);
        EventChain evaluation = new EventChain(OCID);
        Rows rows = fold(tender.next(EventTypes.TENDER_PUBLISHED),
                evaluation.next(EventTypes.AWARD_PROPOSED),
                evaluation.next(EventTypes.COMPLAINT_DECIDED, d -> new ComplaintDecided(d.tenderId(), d.lotId(),
                        d.awardId(), d.number(), "upheld", "Price not justified.", null)),
                evaluation.next(EventTypes.TENDER_UNSUCCESSFUL));

        assertEquals(List.of("cancelled", "unsuccessful"), rows.awards().stream().map(AwardRow::status).toList());
        AwardRow cancelled = rows.awards().get(0);
        assertEquals("Complaint upheld: Price not justified.", cancelled.statusReason());
        assertEquals(Instant.parse("2027-01-18T10:00:00Z"), cancelled.cancelledAt());
        assertEquals("buyer-northvale", cancelled.buyerId());
        assertEquals("lot-2-unsuccessful", rows.awards().get(1).awardId());
    }

    @Test
    void aCancellationVoidsOnlyPendingAwardsOfItsLotWhenEverItIsOnRecord() {
        EventChain tender = new EventChain(OCID);
        EventChain evaluation = new EventChain(OCID);
        String published = tender.next(EventTypes.TENDER_PUBLISHED);
        String wholeCancelled = tender.next(EventTypes.TENDER_CANCELLED,
                c -> new TenderCancelled(c.tenderId(), null, "Budget withdrawn", true));
        Rows rows = fold(published, wholeCancelled, evaluation.next(EventTypes.AWARD_PROPOSED));

        assertEquals("cancelled", rows.process().status());
        assertEquals("cancelled", rows.awards().get(0).status());
        assertEquals("Budget withdrawn", rows.awards().get(0).statusReason());
        assertEquals(Instant.parse("2026-12-23T11:00:00Z"), rows.awards().get(0).cancelledAt());
    }

    @Test
    void aConfirmationReadBeforeItsProposalTakesTheProposalsDate() {
        EventChain evaluation = new EventChain(OCID);
        String proposal = evaluation.next(EventTypes.AWARD_PROPOSED, p -> p, Instant.parse("2027-03-01T10:00:00Z"));
        String confirmation = new EventChain(OCID).next(EventTypes.AWARD_CONFIRMED);

        AwardRow award = fold(proposal, confirmation).awards().get(0);
        assertEquals("active", award.status());
        assertEquals(Instant.parse("2027-03-01T10:00:00Z"), award.awardDate());
        assertEquals(Instant.parse("2027-01-26T13:15:00Z"), award.confirmedAt());
    }

    @Test
    void theRowsDoNotDependOnTheOrderTheEventsCameIn() {
        EventChain tender = new EventChain(OCID);
        EventChain evaluation = new EventChain(OCID);
        List<String> history = List.of(tender.next(EventTypes.TENDER_PUBLISHED),
                new EventChain(OCID).next(EventTypes.BIDS_OPENED),
                evaluation.next(EventTypes.QUALIFICATION_DECIDED),
                evaluation.next(EventTypes.AWARD_PROPOSED),
                tender.next(EventTypes.TENDER_CANCELLED, c -> c, Instant.parse("2027-01-15T10:00:00Z")),
                evaluation.next(EventTypes.TENDER_UNSUCCESSFUL),
                evaluation.next(EventTypes.AWARD_CONFIRMED));
        Rows expected = fold(history.toArray(String[]::new));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<String> shuffled = new ArrayList<>(history);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, fold(shuffled.toArray(String[]::new)));
        }
        assertEquals(List.of("active", "unsuccessful"), expected.awards().stream().map(AwardRow::status).toList());
    }

    /**
     * The rebuild reads back only the events of {@link ProcessProjection#ROW_TYPES}: every other type of event must
     * change nothing in the rows but the time of the process's latest event.
     */
    @Test
    void anEventOfAnyOtherTypeChangesNothingButTheTimeOfTheLatestEvent() {
        EventChain tender = new EventChain(OCID);
        EventChain evaluation = new EventChain(OCID);
        List<EventEnvelope> history = new ArrayList<>();
        for (String record : List.of(tender.next(EventTypes.TENDER_PUBLISHED),
                new EventChain(OCID).next(EventTypes.BIDS_OPENED), evaluation.next(EventTypes.AWARD_PROPOSED),
                evaluation.next(EventTypes.QUALIFICATION_DECIDED), evaluation.next(EventTypes.AWARD_CONFIRMED))) {
            history.add(EventJson.parse(record));
        }
        // After the notice and the opening (no decision yet), after a proposal, and after the confirmation: an
        // event that matters at one of these stages may not at another.
        List<List<EventEnvelope>> stages = List.of(history.subList(0, 2), history.subList(0, 3), history);
        Instant later = Instant.parse("2027-02-01T09:00:00Z");
        int others = 0;
        for (EventType<?> type : EventTypes.ALL) {
            if (ProcessProjection.ROW_TYPES.contains(type.name())) {
                continue;
            }
            EventEnvelope other = EventJson.parse(new EventChain(OCID).next(type, p -> p, later));
            for (List<EventEnvelope> stage : stages) {
                List<EventEnvelope> with = new ArrayList<>(stage);
                with.add(other);
                assertEquals(ProcessProjection.fold(OCID, stage, later), ProcessProjection.fold(OCID, with),
                        type.name() + " after " + stage.size() + " events");
            }
            others++;
        }
        assertTrue(others > 20, "most event types change no row: " + others);
        // And the test can tell: a type that does change rows is caught at some stage.
        EventEnvelope confirmation = EventJson.parse(new EventChain(OCID).next(EventTypes.AWARD_CONFIRMED, p -> p, later));
        List<EventEnvelope> opened = new ArrayList<>(stages.get(0));
        opened.add(confirmation);
        assertNotEquals(ProcessProjection.fold(OCID, stages.get(0), later), ProcessProjection.fold(OCID, opened));
    }

    private static Rows fold(String... records) {
        List<EventEnvelope> events = new ArrayList<>();
        for (String record : records) {
            events.add(EventJson.parse(record));
        }
        return ProcessProjection.fold(OCID, events);
    }
}
