package org.openprocure.tender.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A lot's award from proposal to confirmation or voiding, given / when / then. */
class AwardStateTest {

    private static final Instant PROPOSED_STANDSTILL_END = Instant.parse("2027-01-24T12:00:00Z");
    private static final Instant LATER = Instant.parse("2027-01-26T13:15:00Z");

    private final AwardState proposed = AwardState.proposed(PROPOSED_STANDSTILL_END);

    @Test
    void aProposalIsPendingUntilItsStandstillEnds() {
        assertEquals(AwardStatus.PENDING, proposed.status());
        assertEquals("pending", proposed.status().code());
        assertEquals(PROPOSED_STANDSTILL_END, proposed.standstillEnds());
    }

    @Test
    void aComplaintSuspendsTheStandstillAndADismissalResumesIt() {
        AwardState suspended = proposed.complaintFiled().complaintFiled();
        assertEquals(2, suspended.complaintsPending());
        assertNull(suspended.standstillEnds());

        AwardState stillSuspended = suspended.complaintDecided(false, "unfounded", LATER, null);
        assertEquals(1, stillSuspended.complaintsPending());
        assertNull(stillSuspended.standstillEnds());

        AwardState resumed = stillSuspended.complaintDecided(false, "unfounded too", LATER, LATER);
        assertEquals(AwardStatus.PENDING, resumed.status());
        assertEquals(0, resumed.complaintsPending());
        assertEquals(LATER, resumed.standstillEnds());
    }

    @Test
    void anUpheldComplaintVoidsTheAward() {
        AwardState voided = proposed.complaintFiled().complaintDecided(true, "price not justified", LATER, null);
        assertEquals(AwardStatus.CANCELLED, voided.status());
        assertEquals(LATER, voided.cancelledAt());
        assertEquals("Complaint upheld: price not justified", voided.cancellationReason());
        assertEquals(0, voided.complaintsPending());
        assertThrows(IllegalAwardStepException.class, () -> voided.confirmed(LATER));
    }

    @Test
    void aConfirmedAwardIsFinal() {
        AwardState confirmed = proposed.confirmed(LATER);
        assertEquals(AwardStatus.ACTIVE, confirmed.status());
        assertEquals(LATER, confirmed.confirmedAt());
        assertNull(confirmed.standstillEnds());
        assertThrows(IllegalAwardStepException.class, confirmed::complaintFiled);
        assertThrows(IllegalAwardStepException.class, () -> confirmed.complaintDecided(true, "late", LATER, null));
        assertSame(confirmed, confirmed.cancelled("Budget withdrawn", LATER));
    }

    @Test
    void aCancellationVoidsAPendingAward() {
        AwardState cancelled = proposed.complaintFiled().cancelled("Budget withdrawn", LATER);
        assertEquals(AwardStatus.CANCELLED, cancelled.status());
        assertEquals("Budget withdrawn", cancelled.cancellationReason());
        assertNull(cancelled.standstillEnds());
        assertSame(cancelled, cancelled.cancelled("again", LATER));
    }
}
