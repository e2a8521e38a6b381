package org.openprocure.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An opened bid for one lot as the committee evaluates it: its price, when it was received (which breaks
 * ties), whether it is qualified, and where it stands on the abnormally-low-tender procedure. Immutable:
 * each decision returns a new value.
 *
 * @param price the bid's total price for the lot, positive, in the tender's currency
 * @param committeeReason the committee's reason for accepting or rejecting the bidder's justification;
 *     null until it decides
 */
public record BidUnderEvaluation(
        String bidId,
        String bidderId,
        String lotId,
        BigDecimal price,
        Instant receivedAt,
        Qualification qualification,
        AbnormallyLow abnormallyLow,
        String committeeReason) {

    public enum Qualification {
        QUALIFIED, DISQUALIFIED
    }

    /**
     * The abnormally-low-tender procedure: a flagged bidder is asked to justify its price, and the
     * committee accepts the justification (the bid stays ranked) or rejects it (the bid leaves the ranking).
     */
    public enum AbnormallyLow {
        NONE, FLAGGED, JUSTIFICATION_ACCEPTED, JUSTIFICATION_REJECTED
    }

    public BidUnderEvaluation {
        Objects.requireNonNull(bidId, "bidId");
        Objects.requireNonNull(bidderId, "bidderId");
        Objects.requireNonNull(lotId, "lotId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(abnormallyLow, "abnormallyLow");
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("bid " + bidId + ": the price must be positive, was " + price);
        }
    }

    /** A qualified bid, not flagged. */
    public static BidUnderEvaluation qualified(String bidId, String bidderId, String lotId, BigDecimal price,
            Instant receivedAt) {
        return new BidUnderEvaluation(bidId, bidderId, lotId, price, receivedAt, Qualification.QUALIFIED,
                AbnormallyLow.NONE, null);
    }

    public boolean isQualified() {
        return qualification == Qualification.QUALIFIED;
    }

    /** Qualified and not rejected as abnormally low: it is ranked (provisionally while still flagged). */
    public boolean isRanked() {
        return isQualified() && abnormallyLow != AbnormallyLow.JUSTIFICATION_REJECTED;
    }

    public BidUnderEvaluation disqualified() {
        return new BidUnderEvaluation(bidId, bidderId, lotId, price, receivedAt, Qualification.DISQUALIFIED,
                abnormallyLow, committeeReason);
    }

    /** Flags the price as abnormally low: the bidder is asked to justify it. */
    public BidUnderEvaluation flaggedAbnormallyLow() {
        if (abnormallyLow != AbnormallyLow.NONE) {
            throw new IllegalStateException("bid " + bidId + " is already " + abnormallyLow);
        }
        return withAbnormallyLow(AbnormallyLow.FLAGGED, null);
    }

    public BidUnderEvaluation justificationAccepted(String reason) {
        return decide(AbnormallyLow.JUSTIFICATION_ACCEPTED, reason);
    }

    public BidUnderEvaluation justificationRejected(String reason) {
        return decide(AbnormallyLow.JUSTIFICATION_REJECTED, reason);
    }

    private BidUnderEvaluation decide(AbnormallyLow decision, String reason) {
        if (abnormallyLow != AbnormallyLow.FLAGGED) {
            throw new IllegalStateException("bid " + bidId + " is not awaiting a decision on its justification ("
                    + abnormallyLow + ")");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("the committee must give a reason for its decision on bid " + bidId);
        }
        return withAbnormallyLow(decision, reason.strip());
    }

    private BidUnderEvaluation withAbnormallyLow(AbnormallyLow status, String reason) {
        return new BidUnderEvaluation(bidId, bidderId, lotId, price, receivedAt, qualification, status, reason);
    }
}
