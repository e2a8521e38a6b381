package org.openprocure.evaluation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The award of one lot from the committee's proposal to its confirmation: a standstill period (by
 * default 10 calendar days) during which the bidders are notified and may complain; a complaint
 * suspends the award until it is decided — upheld sends the lot back to evaluation, dismissed lets
 * the standstill run on for the time it had left; after the standstill, with no complaint pending,
 * the award can be confirmed. A cancelled tender stops it at any step before confirmation.
 *
 * <p>Plain rules: every step takes the time it happens at, judged by the caller's clock.
 */
public final class AwardStandstill {

    /** Where the award stands. */
    public enum Stage {
        /** Bidders notified, complaints possible until {@link #standstillEnds()}. */
        STANDSTILL,
        /** A complaint is pending; the standstill clock is stopped. */
        SUSPENDED,
        /** A complaint was upheld: the lot is evaluated again and this award is void. */
        BACK_TO_EVALUATION,
        CONFIRMED,
        /** The tender or the lot was cancelled. */
        STOPPED
    }

    /** How a complaint was decided. */
    public enum Decision { UPHELD, DISMISSED }

    /** A bidder's complaint and, once decided, the decision with its reason. */
    public record Complaint(int number, String bidderId, String text, Instant filedAt, Decision decision,
            String reason, Instant decidedAt) {

        public boolean pending() {
            return decision == null;
        }
    }

    private final String lotId;
    private final String supplierId;
    private final Instant proposedAt;
    private Stage stage = Stage.STANDSTILL;
    /** When the standstill ends; null while suspended. */
    private Instant standstillEnds;
    /** While suspended: how much standstill was left when the first pending complaint came in. */
    private Duration remaining;
    private final List<Complaint> complaints = new ArrayList<>();
    private Instant confirmedAt;
    private String stopReason;

    private AwardStandstill(String lotId, String supplierId, Instant proposedAt, Duration period) {
        this.lotId = lotId;
        this.supplierId = supplierId;
        this.proposedAt = proposedAt;
        this.standstillEnds = proposedAt.plus(period);
    }

    /** The committee's proposal for a lot: the standstill starts now and lasts {@code period}. */
    public static AwardStandstill propose(String lotId, String supplierId, Instant now, Duration period) {
        Objects.requireNonNull(lotId, "lotId");
        Objects.requireNonNull(supplierId, "supplierId");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a standstill period must be positive, not " + period);
        }
        return new AwardStandstill(lotId, supplierId, now, period);
    }

    /**
     * The award as it stands after the steps recorded so far, taken again in the order they happened:
     * the proposal, each complaint filed and decided, then the confirmation or the stop. Lets a stored
     * award be judged by the same rules as a new one.
     *
     * @param complaints every complaint of the award, by number, with its decision once decided
     * @param confirmedAt when the award was confirmed, or null
     * @param stopReason why the award was stopped, or null if it was not
     */
    public static AwardStandstill replay(String lotId, String supplierId, Instant proposedAt, Duration period,
            List<Complaint> complaints, Instant confirmedAt, String stopReason) {
        AwardStandstill award = propose(lotId, supplierId, proposedAt, period);
        record Step(Instant at, int order, Complaint complaint, boolean filing) {
        }
        List<Step> steps = new ArrayList<>();
        for (Complaint complaint : complaints) {
            steps.add(new Step(complaint.filedAt(), complaint.number() * 2, complaint, true));
            if (!complaint.pending()) {
                steps.add(new Step(complaint.decidedAt(), complaint.number() * 2 + 1, complaint, false));
            }
        }
        // At one instant a complaint is filed before it is decided; otherwise in the order of their numbers.
        steps.sort(java.util.Comparator.comparing(Step::at).thenComparingInt(Step::order));
        for (Step step : steps) {
            Complaint c = step.complaint();
            if (step.filing()) {
                award.complain(c.bidderId(), c.text(), c.filedAt());
            } else {
                award.decide(c.number(), c.decision(), c.reason(), c.decidedAt());
            }
        }
        if (confirmedAt != null) {
            award.confirm(confirmedAt);
        }
        if (stopReason != null) {
            award.stop(stopReason);
        }
        return award;
    }

    /**
     * A bidder complains: possible during the standstill (strictly before it ends) and while another
     * complaint is pending; the standstill stops until every complaint is decided.
     */
    public Complaint complain(String bidderId, String text, Instant now) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a complaint says what is wrong");
        }
        if (stage == Stage.STANDSTILL) {
            if (!now.isBefore(standstillEnds)) {
                throw new IllegalStepException("The standstill for " + lotId + " ended at " + standstillEnds
                        + "; a complaint at " + now + " is too late.");
            }
            remaining = Duration.between(now, standstillEnds);
            standstillEnds = null;
            stage = Stage.SUSPENDED;
        } else if (stage != Stage.SUSPENDED) {
            throw new IllegalStepException("The award of " + lotId + " is " + stage.name().toLowerCase()
                    + "; complaints are taken only during its standstill.");
        }
        Complaint complaint = new Complaint(complaints.size() + 1, bidderId, text.strip(), now, null, null, null);
        complaints.add(complaint);
        return complaint;
    }

    /**
     * The chair or a review decides a pending complaint. Upheld: the award is void and the lot goes
     * back to evaluation. Dismissed, with no other complaint pending: the standstill runs on for the
     * time it had left when it stopped.
     */
    public Complaint decide(int complaintNumber, Decision decision, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision on a complaint gives its reason");
        }
        if (complaintNumber < 1 || complaintNumber > complaints.size()) {
            throw new IllegalArgumentException("the award of " + lotId + " has no complaint " + complaintNumber);
        }
        Complaint complaint = complaints.get(complaintNumber - 1);
        if (!complaint.pending()) {
            throw new IllegalStepException("Complaint " + complaintNumber + " was decided at " + complaint.decidedAt()
                    + ".");
        }
        if (stage != Stage.SUSPENDED) {
            throw new IllegalStepException("The award of " + lotId + " is " + stage.name().toLowerCase() + ".");
        }
        Complaint decided = new Complaint(complaint.number(), complaint.bidderId(), complaint.text(),
                complaint.filedAt(), decision, reason.strip(), now);
        complaints.set(complaintNumber - 1, decided);
        if (decision == Decision.UPHELD) {
            stage = Stage.BACK_TO_EVALUATION;
            remaining = null;
        } else if (complaints.stream().noneMatch(Complaint::pending)) {
            stage = Stage.STANDSTILL;
            standstillEnds = now.plus(remaining);
            remaining = null;
        }
        return decided;
    }

    /** Whether the award may be confirmed now: the standstill has ended and no complaint is pending. */
    public boolean confirmable(Instant now) {
        return stage == Stage.STANDSTILL && !now.isBefore(standstillEnds);
    }

    public void confirm(Instant now) {
        if (!confirmable(now)) {
            throw new IllegalStepException(stage == Stage.STANDSTILL
                    ? "The standstill for " + lotId + " ends at " + standstillEnds + "; it is " + now + "."
                    : "The award of " + lotId + " is " + stage.name().toLowerCase() + " and cannot be confirmed.");
        }
        stage = Stage.CONFIRMED;
        confirmedAt = now;
    }

    /** The tender or the lot was cancelled: the award stops, unless it was confirmed already. */
    public void stop(String reason) {
        if (stage == Stage.CONFIRMED) {
            throw new IllegalStepException("The award of " + lotId + " was confirmed at " + confirmedAt + ".");
        }
        stage = Stage.STOPPED;
        stopReason = reason;
        standstillEnds = null;
    }

    public String lotId() {
        return lotId;
    }

    public String supplierId() {
        return supplierId;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Stage stage() {
        return stage;
    }

    /** When the standstill ends; null while it is suspended or once the award left it. */
    public Instant standstillEnds() {
        return stage == Stage.STANDSTILL ? standstillEnds : null;
    }

    /** While suspended, how much standstill is left to run once the complaints are dismissed. */
    public Duration remaining() {
        return remaining;
    }

    public List<Complaint> complaints() {
        return Collections.unmodifiableList(complaints);
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public String stopReason() {
        return stopReason;
    }
}
