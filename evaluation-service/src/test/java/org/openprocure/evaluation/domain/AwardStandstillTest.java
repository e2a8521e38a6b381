package org.openprocure.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openprocure.evaluation.domain.AwardStandstill.Decision;
import org.openprocure.evaluation.domain.AwardStandstill.Stage;

/** The standstill and complaint flow of an award, on a test clock (instants handed in). */
class AwardStandstillTest {

    private static final Instant PROPOSED = Instant.parse("2027-01-15T10:00:00Z");
    private static final Duration TEN_DAYS = Duration.ofDays(10);

    private static AwardStandstill proposed() {
        return AwardStandstill.propose("lot-1", "supplier-acme", PROPOSED, TEN_DAYS);
    }

    @Test
    void withoutComplaintsTheAwardIsConfirmableOnceTheTenCalendarDaysHavePassed() {
        AwardStandstill award = proposed();
        Instant ends = Instant.parse("2027-01-25T10:00:00Z");
        assertEquals(ends, award.standstillEnds());

        assertFalse(award.confirmable(ends.minusMillis(1)));
        IllegalStepException early = assertThrows(IllegalStepException.class, () -> award.confirm(ends.minusMillis(1)));
        assertTrue(early.getMessage().contains("ends at 2027-01-25T10:00:00Z"), early.getMessage());
        assertTrue(award.confirmable(ends));
        award.confirm(ends);
        assertEquals(Stage.CONFIRMED, award.stage());
        assertEquals(ends, award.confirmedAt());
    }

    @Test
    void aComplaintSuspendsTheAwardAndADismissalLetsTheStandstillRunOnForTheTimeItHadLeft() {
        AwardStandstill award = proposed();
        Instant filed = PROPOSED.plus(Duration.ofDays(7));
        award.complain("supplier-borealis", "Acme's price is abnormally low and was not questioned.", filed);

        assertEquals(Stage.SUSPENDED, award.stage());
        assertNull(award.standstillEnds());
        assertEquals(Duration.ofDays(3), award.remaining());
        assertFalse(award.confirmable(PROPOSED.plus(Duration.ofDays(30))), "a pending complaint blocks the award");

        Instant decided = PROPOSED.plus(Duration.ofDays(20));
        award.decide(1, Decision.DISMISSED, "The price was justified in writing and accepted on the record.", decided);
        assertEquals(Stage.STANDSTILL, award.stage());
        assertEquals(decided.plus(Duration.ofDays(3)), award.standstillEnds(), "the three days left run on");
        assertFalse(award.confirmable(decided.plus(Duration.ofDays(3)).minusMillis(1)));
        award.confirm(decided.plus(Duration.ofDays(3)));
        assertEquals(Stage.CONFIRMED, award.stage());
    }

    @Test
    void anUpheldComplaintSendsTheLotBackToEvaluation() {
        AwardStandstill award = proposed();
        award.complain("supplier-borealis", "My bid was disqualified for a document I did submit.",
                PROPOSED.plus(Duration.ofDays(1)));
        award.complain("supplier-zielinski", "The scores were not explained.", PROPOSED.plus(Duration.ofDays(2)));

        award.decide(2, Decision.DISMISSED, "Each score carries its reason in the report.",
                PROPOSED.plus(Duration.ofDays(4)));
        assertEquals(Stage.SUSPENDED, award.stage(), "complaint 1 is still pending");
        award.decide(1, Decision.UPHELD, "The document was in the bid; the qualification is redone.",
                PROPOSED.plus(Duration.ofDays(5)));

        assertEquals(Stage.BACK_TO_EVALUATION, award.stage());
        assertThrows(IllegalStepException.class, () -> award.confirm(PROPOSED.plus(Duration.ofDays(40))));
        assertThrows(IllegalStepException.class, () -> award.complain("supplier-zielinski", "Again.",
                PROPOSED.plus(Duration.ofDays(6))));
        assertEquals(Decision.UPHELD, award.complaints().get(0).decision());
        assertEquals(Decision.DISMISSED, award.complaints().get(1).decision());
    }

    @Test
    void aComplaintAtOrAfterTheEndOfTheStandstillIsTooLate() {
        AwardStandstill award = proposed();
        IllegalStepException late = assertThrows(IllegalStepException.class, () -> award.complain(
                "supplier-borealis", "Too late.", PROPOSED.plus(TEN_DAYS)));
        assertTrue(late.getMessage().contains("too late"), late.getMessage());
        assertEquals(Stage.STANDSTILL, award.stage());
        assertTrue(award.complaints().isEmpty());
    }

    @Test
    void aDecisionNeedsAReasonAndIsTakenOnce() {
        AwardStandstill award = proposed();
        award.complain("supplier-borealis", "Unclear scoring.", PROPOSED.plusSeconds(60));
        assertThrows(IllegalArgumentException.class, () -> award.decide(1, Decision.DISMISSED, " ",
                PROPOSED.plusSeconds(120)));
        assertThrows(IllegalArgumentException.class, () -> award.decide(2, Decision.DISMISSED, "No such.",
                PROPOSED.plusSeconds(120)));
        award.decide(1, Decision.DISMISSED, "Scores are explained in the report.", PROPOSED.plusSeconds(120));
        assertThrows(IllegalStepException.class, () -> award.decide(1, Decision.UPHELD, "Changed my mind.",
                PROPOSED.plusSeconds(180)));
    }

    @Test
    void aCancelledTenderStopsTheAwardAtAnyStepBeforeConfirmation() {
        AwardStandstill suspended = proposed();
        suspended.complain("supplier-borealis", "Unclear scoring.", PROPOSED.plusSeconds(60));
        suspended.stop("The tender was cancelled: the budget was withdrawn.");
        assertEquals(Stage.STOPPED, suspended.stage());
        assertFalse(suspended.confirmable(PROPOSED.plus(Duration.ofDays(30))));

        AwardStandstill confirmed = proposed();
        confirmed.confirm(PROPOSED.plus(TEN_DAYS));
        assertThrows(IllegalStepException.class, () -> confirmed.stop("Too late to cancel."));
        assertEquals(Stage.CONFIRMED, confirmed.stage());
    }

    @Test
    void theStandstillPeriodIsConfigurableAndMustBePositive() {
        AwardStandstill fifteen = AwardStandstill.propose("lot-2", "supplier-zielinski", PROPOSED, Duration.ofDays(15));
        assertEquals(PROPOSED.plus(Duration.ofDays(15)), fifteen.standstillEnds());
        assertThrows(IllegalArgumentException.class, () -> AwardStandstill.propose("lot-2", "supplier-zielinski",
                PROPOSED, Duration.ZERO));
    }

    @Test
    void aStoredAwardReplayedStepByStepStandsWhereTheLiveOneStands() {
        AwardStandstill live = proposed();
        Instant first = PROPOSED.plus(Duration.ofDays(2));
        Instant second = PROPOSED.plus(Duration.ofDays(3));
        live.complain("supplier-borealis", "The winner's references are not comparable.", first);
        live.complain("supplier-zielinski", "Our method statement was misread.", second);
        live.decide(2, Decision.DISMISSED, "Read again; the score stands.", PROPOSED.plus(Duration.ofDays(4)));
        live.decide(1, Decision.DISMISSED, "The references are comparable.", PROPOSED.plus(Duration.ofDays(6)));

        AwardStandstill replayed = AwardStandstill.replay("lot-1", "supplier-acme", PROPOSED, TEN_DAYS,
                live.complaints(), null, null);

        assertEquals(Stage.STANDSTILL, replayed.stage());
        assertEquals(live.standstillEnds(), replayed.standstillEnds());
        assertEquals(PROPOSED.plus(Duration.ofDays(14)), replayed.standstillEnds(), "eight days were left at the first");
        assertEquals(live.complaints(), replayed.complaints());
    }

    @Test
    void aReplayedAwardKeepsItsConfirmationOrItsStop() {
        Instant ends = PROPOSED.plus(TEN_DAYS);
        AwardStandstill confirmed = AwardStandstill.replay("lot-1", "supplier-acme", PROPOSED, TEN_DAYS,
                java.util.List.of(), ends, null);
        assertEquals(Stage.CONFIRMED, confirmed.stage());
        assertEquals(ends, confirmed.confirmedAt());

        AwardStandstill stopped = AwardStandstill.replay("lot-1", "supplier-acme", PROPOSED, TEN_DAYS,
                java.util.List.of(), null, "The tender was cancelled.");
        assertEquals(Stage.STOPPED, stopped.stage());
        assertThrows(IllegalStepException.class, () -> stopped.complain("supplier-borealis", "Too late?", PROPOSED));
    }

    @Test
    void anUpheldComplaintReplayedSendsTheLotBackToEvaluation() {
        AwardStandstill.Complaint upheld = new AwardStandstill.Complaint(1, "supplier-borealis", "Price not checked.",
                PROPOSED.plusSeconds(60), Decision.UPHELD, "The price must be justified first.",
                PROPOSED.plusSeconds(120));
        AwardStandstill replayed = AwardStandstill.replay("lot-1", "supplier-acme", PROPOSED, TEN_DAYS,
                java.util.List.of(upheld), null, null);
        assertEquals(Stage.BACK_TO_EVALUATION, replayed.stage());
        assertNull(replayed.standstillEnds());
    }
}
