package org.openprocure.tender.domain;

import java.time.Instant;

/**
 * The public state of a lot's award, as the evaluation's decisions move it: proposed ({@code pending},
 * in its standstill), suspended while complaints are pending (no standstill end then), made void by an
 * upheld complaint or a cancellation before confirmation ({@code cancelled}), or confirmed ({@code
 * active}, final). Plain rules; the times are those of the decisions.
 */
public record AwardState(AwardStatus status, Instant standstillEnds, int complaintsPending, Instant confirmedAt,
        Instant cancelledAt, String cancellationReason) {

    /** A proposal: the standstill runs until {@code standstillEnds}. */
    public static AwardState proposed(Instant standstillEnds) {
        return new AwardState(AwardStatus.PENDING, standstillEnds, 0, null, null, null);
    }

    /** A bidder complained: the standstill stops until the complaint is decided. */
    public AwardState complaintFiled() {
        requirePending("take a complaint");
        return new AwardState(status, null, complaintsPending + 1, null, null, null);
    }

    /**
     * A complaint was decided. Upheld: the award is void and the lot goes back to evaluation.
     * Dismissed: the standstill runs on to {@code standstillEnds} (null while another complaint is pending).
     */
    public AwardState complaintDecided(boolean upheld, String reason, Instant decidedAt, Instant standstillEnds) {
        requirePending("decide a complaint");
        if (upheld) {
            return new AwardState(AwardStatus.CANCELLED, null, 0, null, decidedAt, "Complaint upheld: " + reason);
        }
        return new AwardState(status, standstillEnds, Math.max(0, complaintsPending - 1), null, null, null);
    }

    /** The standstill passed with no complaint pending: the award is final. */
    public AwardState confirmed(Instant at) {
        requirePending("be confirmed");
        return new AwardState(AwardStatus.ACTIVE, null, 0, at, null, null);
    }

    /** The tender or the lot was cancelled: a pending award is void, a confirmed one stands. */
    public AwardState cancelled(String reason, Instant at) {
        if (status != AwardStatus.PENDING) {
            return this;
        }
        return new AwardState(AwardStatus.CANCELLED, null, 0, null, at, reason);
    }

    private void requirePending(String step) {
        if (status != AwardStatus.PENDING) {
            throw new IllegalAwardStepException("an award that is " + status.code() + " cannot " + step);
        }
    }
}
