package org.openprocure.tender.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every stage change of a tender, legal and illegal, against a test clock. */
class TenderLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final Duration FIVE_DAYS = Duration.ofDays(5);
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);

    /** Enquiries close after 20 days, bids after 40, opening half an hour later. */
    private static Schedule schedule() {
        return new Schedule(null, NOW.plus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(40)),
                NOW.plus(Duration.ofDays(40)).plus(Duration.ofMinutes(30)));
    }

    private static TenderLifecycle tendering() {
        TenderLifecycle tender = TenderLifecycle.draft(schedule());
        tender.publish(NOW, 0, THIRTY_DAYS);
        return tender;
    }

    private static TenderLifecycle at(TenderStage stage) {
        TenderLifecycle tender = TenderLifecycle.draft(schedule());
        switch (stage) {
            case DRAFT -> { }
            case CONSULTATION -> tender.openConsultation(NOW, NOW.plus(FIVE_DAYS), FIVE_DAYS);
            case TENDERING -> tender.publish(NOW, 0, THIRTY_DAYS);
            case TENDERING_CLOSED, EVALUATION, AWARDED, UNSUCCESSFUL -> {
                tender.publish(NOW, 0, THIRTY_DAYS);
                tender.closeTendering(tender.schedule().submissionDeadline());
                if (stage != TenderStage.TENDERING_CLOSED) {
                    tender.startEvaluation();
                }
                if (stage == TenderStage.AWARDED) {
                    tender.award();
                } else if (stage == TenderStage.UNSUCCESSFUL) {
                    tender.unsuccessful();
                }
            }
            case CANCELLED -> tender.cancel("Budget withdrawn");
        }
        assertEquals(stage, tender.stage());
        return tender;
    }

    private static void refusedWithoutChange(TenderLifecycle tender, Consumer<TenderLifecycle> step, String reason) {
        TenderStage before = tender.stage();
        Schedule scheduleBefore = tender.schedule();
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> step.accept(tender));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertEquals(before, tender.stage(), "the stage is unchanged");
        assertEquals(scheduleBefore, tender.schedule(), "the schedule is unchanged");
    }

    @Nested
    class Consultation {

        @Test
        void aDraftGoesOutForCommentForAtLeastTheMinimum() {
            TenderLifecycle tender = TenderLifecycle.draft(schedule());

            tender.openConsultation(NOW, NOW.plus(Duration.ofDays(6)), FIVE_DAYS);

            assertEquals(TenderStage.CONSULTATION, tender.stage());
            assertEquals(NOW.plus(Duration.ofDays(6)), tender.schedule().consultationEnd());
        }

        @Test
        void aConsultationShorterThanTheMinimumIsRefused() {
            refusedWithoutChange(TenderLifecycle.draft(schedule()),
                    t -> t.openConsultation(NOW, NOW.plus(Duration.ofDays(4)), FIVE_DAYS),
                    "a consultation must run at least 5 days");
        }

        @Test
        void publishingBeforeTheConsultationEndsIsRefused() {
            refusedWithoutChange(at(TenderStage.CONSULTATION),
                    t -> t.publish(NOW.plus(Duration.ofDays(4)), 0, Duration.ZERO), "the consultation runs until");
        }

        @Test
        void publishingWithoutAnsweringEveryCommentIsRefused() {
            refusedWithoutChange(at(TenderStage.CONSULTATION),
                    t -> t.publish(NOW.plus(FIVE_DAYS), 2, Duration.ZERO),
                    "2 consultation comment(s) still need an answer");
        }

        @Test
        void onceEveryCommentIsAnsweredAndThePeriodOverTheTenderIsPublished() {
            TenderLifecycle tender = at(TenderStage.CONSULTATION);

            tender.publish(NOW.plus(FIVE_DAYS), 0, Duration.ofDays(15));

            assertEquals(TenderStage.TENDERING, tender.stage());
            assertEquals(NOW.plus(FIVE_DAYS), tender.publishedAt());
        }

        @ParameterizedTest
        @EnumSource(value = TenderStage.class, names = {"DRAFT"}, mode = EnumSource.Mode.EXCLUDE)
        void onlyADraftGoesOutForComment(TenderStage stage) {
            refusedWithoutChange(at(stage), t -> t.openConsultation(NOW, NOW.plus(SEVEN_DAYS), FIVE_DAYS),
                    "cannot open a consultation");
        }
    }

    @Nested
    class Publication {

        @Test
        void aDraftIsPublishedStraightAwayWhenNoConsultationWasHeld() {
            TenderLifecycle tender = TenderLifecycle.draft(schedule());

            tender.publish(NOW, 0, THIRTY_DAYS);

            assertEquals(TenderStage.TENDERING, tender.stage());
            assertEquals("active", tender.stage().ocdsStatus());
            assertEquals("tendering", tender.stage().statusDetails());
        }

        @Test
        void theDeadlineMustLeaveTheMinimumPeriod() {
            refusedWithoutChange(TenderLifecycle.draft(schedule()), t -> t.publish(NOW, 0, Duration.ofDays(41)),
                    "the submission deadline must be at least 41 days after publication");
        }

        @Test
        void theMinimumComesFromTheTableByMethodAndValue() {
            MinimumPeriods table = MinimumPeriods.defaults();
            TenderLifecycle belowThreshold = TenderLifecycle.draft(new Schedule(null, NOW.plus(Duration.ofDays(10)),
                    NOW.plus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(20))));
            belowThreshold.publish(NOW, 0, table, ProcurementMethod.OPEN, new BigDecimal("100000"));
            assertEquals(TenderStage.TENDERING, belowThreshold.stage());

            refusedWithoutChange(TenderLifecycle.draft(new Schedule(null, NOW.plus(Duration.ofDays(10)),
                            NOW.plus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(20)))),
                    t -> t.publish(NOW, 0, table, ProcurementMethod.OPEN, new BigDecimal("221000")),
                    "at least 35 days");
        }

        @Test
        void enquiriesMustStillBeAhead() {
            refusedWithoutChange(TenderLifecycle.draft(schedule()),
                    t -> t.publish(NOW.plus(Duration.ofDays(20)), 0, Duration.ZERO), "the enquiry deadline");
        }

        @ParameterizedTest
        @EnumSource(value = TenderStage.class, names = {"DRAFT", "CONSULTATION"}, mode = EnumSource.Mode.EXCLUDE)
        void onlyADraftIsPublished(TenderStage stage) {
            refusedWithoutChange(at(stage), t -> t.publish(NOW, 0, Duration.ZERO), "only a draft can be published");
        }
    }

    @Nested
    class Amendments {

        @Test
        void anAmendmentWellBeforeTheDeadlineKeepsIt() {
            TenderLifecycle tender = tendering();

            assertFalse(tender.amend(NOW.plus(Duration.ofDays(10)), SEVEN_DAYS));
            assertEquals(NOW.plus(Duration.ofDays(40)), tender.schedule().submissionDeadline());
        }

        @Test
        void anAmendmentCloseToTheDeadlineMovesItAndTheOpeningOut() {
            TenderLifecycle tender = tendering();
            Instant amendedAt = NOW.plus(Duration.ofDays(38));

            assertTrue(tender.amend(amendedAt, SEVEN_DAYS));

            assertEquals(amendedAt.plus(SEVEN_DAYS), tender.schedule().submissionDeadline());
            assertEquals(amendedAt.plus(SEVEN_DAYS).plus(Duration.ofMinutes(30)), tender.schedule().openingDate());
        }

        @Test
        void amendingAfterTheDeadlineIsRefused() {
            refusedWithoutChange(tendering(), t -> t.amend(NOW.plus(Duration.ofDays(40)), SEVEN_DAYS),
                    "has passed");
        }

        @ParameterizedTest
        @EnumSource(value = TenderStage.class, names = {"TENDERING"}, mode = EnumSource.Mode.EXCLUDE)
        void onlyATenderOpenForBidsIsAmended(TenderStage stage) {
            refusedWithoutChange(at(stage), t -> t.amend(NOW, SEVEN_DAYS), "cannot amend the tender");
        }
    }

    @Nested
    class Enquiries {

        private static final Duration FOUR_DAYS = Duration.ofDays(4);

        @Test
        void anAnswerWithinTheEnquiryPeriodChangesNothing() {
            TenderLifecycle tender = tendering();

            assertFalse(tender.enquiryAnswered(NOW.plus(Duration.ofDays(19)), FOUR_DAYS));
            assertEquals(NOW.plus(Duration.ofDays(40)), tender.schedule().submissionDeadline());
        }

        @Test
        void aLateAnswerLeavesBiddersTheMinimumToActOnIt() {
            TenderLifecycle tender = tendering();
            Instant answeredAt = NOW.plus(Duration.ofDays(38));

            assertTrue(tender.enquiryAnswered(answeredAt, FOUR_DAYS));
            assertEquals(answeredAt.plus(FOUR_DAYS), tender.schedule().submissionDeadline());
        }

        @Test
        void aLateAnswerFarFromTheDeadlineKeepsIt() {
            TenderLifecycle tender = tendering();

            assertFalse(tender.enquiryAnswered(NOW.plus(Duration.ofDays(21)), FOUR_DAYS));
        }

        @Test
        void unansweredQuestionsAtEnquiryEndExtendTheDeadline() {
            TenderLifecycle tender = TenderLifecycle.draft(new Schedule(null, NOW.plus(Duration.ofDays(20)),
                    NOW.plus(Duration.ofDays(22)), NOW.plus(Duration.ofDays(22))));
            tender.publish(NOW, 0, Duration.ZERO);

            assertTrue(tender.enquiryPeriodEnded(1, FOUR_DAYS));
            assertEquals(NOW.plus(Duration.ofDays(24)), tender.schedule().submissionDeadline());
        }

        @Test
        void noUnansweredQuestionNoExtension() {
            TenderLifecycle tender = tendering();

            assertFalse(tender.enquiryPeriodEnded(0, FOUR_DAYS));
            assertEquals(NOW.plus(Duration.ofDays(40)), tender.schedule().submissionDeadline());
        }

        @Test
        void answeringAfterTheDeadlineIsRefused() {
            refusedWithoutChange(tendering(), t -> t.enquiryAnswered(NOW.plus(Duration.ofDays(41)), FOUR_DAYS),
                    "has passed");
        }
    }

    @Nested
    class ClosingAndAfter {

        @Test
        void tenderingClosesAtTheDeadlineNotBefore() {
            TenderLifecycle tender = tendering();
            Instant deadline = tender.schedule().submissionDeadline();

            refusedWithoutChange(tender, t -> t.closeTendering(deadline.minusMillis(1)), "not before");
            tender.closeTendering(deadline);

            assertEquals(TenderStage.TENDERING_CLOSED, tender.stage());
            assertEquals("tenderingClosed", tender.stage().statusDetails());
        }

        @Test
        void evaluationEndsInAwardOrInNoAward() {
            TenderLifecycle awarded = at(TenderStage.EVALUATION);
            awarded.award();
            assertEquals("complete", awarded.stage().ocdsStatus());

            TenderLifecycle unsuccessful = at(TenderStage.EVALUATION);
            unsuccessful.unsuccessful();
            assertEquals("unsuccessful", unsuccessful.stage().ocdsStatus());
        }

        @ParameterizedTest
        @EnumSource(value = TenderStage.class, names = {"TENDERING_CLOSED"}, mode = EnumSource.Mode.EXCLUDE)
        void evaluationStartsOnlyOnceTenderingHasClosed(TenderStage stage) {
            refusedWithoutChange(at(stage), TenderLifecycle::startEvaluation, "cannot start evaluation");
        }

        @ParameterizedTest
        @EnumSource(value = TenderStage.class, names = {"EVALUATION"}, mode = EnumSource.Mode.EXCLUDE)
        void onlyAnEvaluatedTenderIsAwardedOrUnsuccessful(TenderStage stage) {
            refusedWithoutChange(at(stage), TenderLifecycle::award, "cannot record an award");
            refusedWithoutChange(at(stage), TenderLifecycle::unsuccessful, "cannot declare the tender unsuccessful");
        }
    }

    @Nested
    class Cancellation {

        @ParameterizedTest
        @EnumSource(value = TenderStage.class, names = {"DRAFT", "CONSULTATION", "TENDERING", "TENDERING_CLOSED",
                "EVALUATION"})
        void anyTenderNotYetFinishedCanBeCancelledWithAReason(TenderStage stage) {
            TenderLifecycle tender = at(stage);

            tender.cancel("The need disappeared after the school merger");

            assertEquals(TenderStage.CANCELLED, tender.stage());
            assertEquals("cancelled", tender.stage().ocdsStatus());
        }

        @ParameterizedTest
        @EnumSource(value = TenderStage.class, names = {"AWARDED", "UNSUCCESSFUL", "CANCELLED"})
        void aFinishedTenderCannotBeCancelled(TenderStage stage) {
            refusedWithoutChange(at(stage), t -> t.cancel("Too late"), "the tender is already");
        }

        @Test
        void aCancellationNeedsAReason() {
            refusedWithoutChange(tendering(), t -> t.cancel("  "), "a cancellation needs a reason");
        }
    }

    @Test
    void stagesMapOntoTheOcdsTenderStatusCodelist() {
        for (TenderStage stage : TenderStage.values()) {
            assertTrue(java.util.Set.of("planning", "planned", "active", "cancelled", "unsuccessful", "complete",
                    "withdrawn").contains(stage.ocdsStatus()), stage + " → " + stage.ocdsStatus());
        }
        assertNull(TenderLifecycle.draft(schedule()).publishedAt());
    }
}
