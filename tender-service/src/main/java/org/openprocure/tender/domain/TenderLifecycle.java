package org.openprocure.tender.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The stages of a tender and the rules for moving between them, judged against the time the caller
 * passes in (the service's injected clock). Every refused step throws {@link
 * IllegalTransitionException} naming the reason, and changes nothing.
 *
 * <pre>
 * DRAFT ──openConsultation──▶ CONSULTATION ──publish──▶ TENDERING ──deadline──▶ TENDERING_CLOSED
 *   └──────────────publish──────────────────────────▲        │                         │ bids opened
 *                                                             amend, enquiries          ▼
 *                                                                     AWARDED ◀── EVALUATION ──▶ UNSUCCESSFUL
 * any stage before award ──cancel──▶ CANCELLED
 * </pre>
 */
public final class TenderLifecycle {

    private TenderStage stage;
    private Schedule schedule;
    private Instant publishedAt;

    public TenderLifecycle(TenderStage stage, Schedule schedule, Instant publishedAt) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.publishedAt = publishedAt;
    }

    public static TenderLifecycle draft(Schedule schedule) {
        return new TenderLifecycle(TenderStage.DRAFT, schedule, null);
    }

    public TenderStage stage() {
        return stage;
    }

    public Schedule schedule() {
        return schedule;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** Puts the draft out for public comment until {@code end}, which must leave at least {@code minimum}. */
    public void openConsultation(Instant now, Instant end, Duration minimum) {
        require(TenderStage.DRAFT, "open a consultation");
        if (end.isBefore(now.plus(minimum))) {
            throw refused("a consultation must run at least " + days(minimum) + " (until " + now.plus(minimum)
                    + " or later)");
        }
        schedule = schedule.withConsultationEnd(end);
        stage = TenderStage.CONSULTATION;
    }

    /**
     * Publishes the tender: after its consultation (if one was held) has ended with every comment
     * answered, with enquiries still ahead and at least the minimum period before the deadline.
     */
    public void publish(Instant now, int unansweredComments, Duration minimumPeriod) {
        if (stage != TenderStage.DRAFT && stage != TenderStage.CONSULTATION) {
            throw refused("only a draft can be published; this tender is " + stage.statusDetails());
        }
        if (stage == TenderStage.CONSULTATION) {
            if (now.isBefore(schedule.consultationEnd())) {
                throw refused("the consultation runs until " + schedule.consultationEnd());
            }
            if (unansweredComments > 0) {
                throw refused(unansweredComments + " consultation comment(s) still need an answer");
            }
        }
        if (!schedule.enquiryDeadline().isAfter(now)) {
            throw refused("the enquiry deadline " + schedule.enquiryDeadline() + " has already passed");
        }
        if (schedule.submissionDeadline().isBefore(now.plus(minimumPeriod))) {
            throw refused("the submission deadline must be at least " + days(minimumPeriod)
                    + " after publication (" + now.plus(minimumPeriod) + " or later)");
        }
        stage = TenderStage.TENDERING;
        publishedAt = now;
    }

    /** {@link #publish(Instant, int, Duration)} with the minimum period from the table. */
    public void publish(Instant now, int unansweredComments, MinimumPeriods periods, ProcurementMethod method,
            BigDecimal estimatedValue) {
        publish(now, unansweredComments, periods.minimumFor(method, estimatedValue).orElse(Duration.ZERO));
    }

    /**
     * Records an amendment of the published tender. When fewer than {@code minimumRemaining} are
     * left before the deadline, the deadline moves out to leave exactly that much.
     *
     * @return true when the deadline moved
     */
    public boolean amend(Instant now, Duration minimumRemaining) {
        require(TenderStage.TENDERING, "amend the tender");
        if (!now.isBefore(schedule.submissionDeadline())) {
            throw refused("the submission deadline " + schedule.submissionDeadline() + " has passed");
        }
        return extendDeadlineTo(now.plus(minimumRemaining));
    }

    /**
     * An enquiry answered after the enquiry deadline gives bidders at least {@code minimumExtension}
     * from the answer to act on it.
     *
     * @return true when the deadline moved
     */
    public boolean enquiryAnswered(Instant answeredAt, Duration minimumExtension) {
        requireTendering("answer an enquiry", answeredAt);
        if (!answeredAt.isAfter(schedule.enquiryDeadline())) {
            return false;
        }
        return extendDeadlineTo(answeredAt.plus(minimumExtension));
    }

    /**
     * Questions still unanswered when the enquiry period ends extend the deadline to at least
     * {@code minimumExtension} after the enquiry deadline.
     *
     * @return true when the deadline moved
     */
    public boolean enquiryPeriodEnded(int unansweredQuestions, Duration minimumExtension) {
        if (unansweredQuestions == 0 || stage != TenderStage.TENDERING) {
            return false;
        }
        return extendDeadlineTo(schedule.enquiryDeadline().plus(minimumExtension));
    }

    /** At the deadline, by the server's clock, tendering closes. */
    public void closeTendering(Instant now) {
        require(TenderStage.TENDERING, "close tendering");
        if (now.isBefore(schedule.submissionDeadline())) {
            throw refused("tendering closes at " + schedule.submissionDeadline() + ", not before");
        }
        stage = TenderStage.TENDERING_CLOSED;
    }

    /** The bids have been opened: evaluation starts. */
    public void startEvaluation() {
        require(TenderStage.TENDERING_CLOSED, "start evaluation");
        stage = TenderStage.EVALUATION;
    }

    public void award() {
        require(TenderStage.EVALUATION, "record an award");
        stage = TenderStage.AWARDED;
    }

    public void unsuccessful() {
        require(TenderStage.EVALUATION, "declare the tender unsuccessful");
        stage = TenderStage.UNSUCCESSFUL;
    }

    /** Cancels the tender, with a reason, at any time before it is finished. */
    public void cancel(String reason) {
        if (reason == null || reason.isBlank()) {
            throw refused("a cancellation needs a reason");
        }
        if (stage.isFinished()) {
            throw refused("the tender is already " + stage.statusDetails());
        }
        stage = TenderStage.CANCELLED;
    }

    private boolean extendDeadlineTo(Instant atLeast) {
        Schedule extended = schedule.withDeadlineAtLeast(atLeast);
        boolean moved = extended != schedule;
        schedule = extended;
        return moved;
    }

    private void requireTendering(String action, Instant now) {
        require(TenderStage.TENDERING, action);
        if (!now.isBefore(schedule.submissionDeadline())) {
            throw refused("the submission deadline " + schedule.submissionDeadline() + " has passed");
        }
    }

    private void require(TenderStage expected, String action) {
        if (stage != expected) {
            throw refused("cannot " + action + " while the tender is " + stage.statusDetails());
        }
    }

    private IllegalTransitionException refused(String reason) {
        return new IllegalTransitionException(stage, reason);
    }

    private static String days(Duration duration) {
        long days = duration.toDays();
        return duration.equals(Duration.ofDays(days)) ? days + (days == 1 ? " day" : " days") : duration.toString();
    }
}
