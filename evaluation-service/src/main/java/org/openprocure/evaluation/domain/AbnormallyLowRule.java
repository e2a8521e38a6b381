package org.openprocure.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openprocure.evaluation.domain.BidUnderEvaluation.AbnormallyLow;

/**
 * When a qualified bid's price is abnormally low. A price is flagged when it is strictly below
 * {@code shareOfMean} of the mean price of the <em>other</em> qualified bids for the lot (only when there
 * is at least one other), or strictly below {@code shareOfEstimate} of the lot's estimated value (only
 * when the estimate is known). Disqualified bids count neither as candidates nor in the mean.
 *
 * <p>The comparisons are exact ({@code price × others < share × sum of others}, without dividing); the
 * mean and the threshold in a {@link Finding} are rounded to 2 decimal places HALF_EVEN, for the record.
 *
 * @param shareOfMean for example 0.80: below 80 % of the mean of the others is abnormally low
 * @param shareOfEstimate for example 0.50: below 50 % of the estimate is abnormally low
 */
public record AbnormallyLowRule(BigDecimal shareOfMean, BigDecimal shareOfEstimate) {

    /** 80 % of the mean of the other qualified bids, 50 % of the estimate. */
    public static final AbnormallyLowRule DEFAULT = new AbnormallyLowRule(new BigDecimal("0.80"), new BigDecimal("0.50"));

    public enum Threshold {
        MEAN_OF_OTHERS, ESTIMATE
    }

    /**
     * One threshold a bid's price fell below.
     *
     * @param reference the mean of the other qualified bids' prices, or the estimate
     * @param threshold {@code share × reference}, the price below which a bid is abnormally low
     */
    public record Reason(Threshold rule, BigDecimal price, BigDecimal reference, BigDecimal share, BigDecimal threshold) {

        @Override
        public String toString() {
            String what = rule == Threshold.MEAN_OF_OTHERS ? "the mean of the other qualified bids" : "the estimate";
            return "price " + price.toPlainString() + " is below " + share.movePointRight(2).stripTrailingZeros()
                    .toPlainString() + " % of " + what + " " + reference.toPlainString() + " (" + threshold
                    .toPlainString() + ")";
        }
    }

    /** A bid whose price is abnormally low, and every threshold it fell below. */
    public record Finding(String bidId, List<Reason> reasons) {

        public Finding {
            reasons = List.copyOf(reasons);
        }
    }

    public AbnormallyLowRule {
        requireShare(shareOfMean, "shareOfMean");
        requireShare(shareOfEstimate, "shareOfEstimate");
    }

    /**
     * @param estimate the lot's estimated value, or null when the tender gives none
     * @return the flagged bids in the order given
     */
    public List<Finding> detect(List<BidUnderEvaluation> bids, BigDecimal estimate) {
        List<BidUnderEvaluation> qualified = bids.stream().filter(BidUnderEvaluation::isQualified).toList();
        BigDecimal sumOfAll = qualified.stream().map(BidUnderEvaluation::price).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Finding> findings = new ArrayList<>();
        for (BidUnderEvaluation bid : qualified) {
            List<Reason> reasons = new ArrayList<>();
            int others = qualified.size() - 1;
            if (others > 0) {
                BigDecimal sumOfOthers = sumOfAll.subtract(bid.price());
                BigDecimal count = BigDecimal.valueOf(others);
                if (bid.price().multiply(count).compareTo(shareOfMean.multiply(sumOfOthers)) < 0) {
                    BigDecimal mean = sumOfOthers.divide(count, 2, RoundingMode.HALF_EVEN);
                    BigDecimal threshold = shareOfMean.multiply(sumOfOthers).divide(count, 2, RoundingMode.HALF_EVEN);
                    reasons.add(new Reason(Threshold.MEAN_OF_OTHERS, bid.price(), mean, shareOfMean, threshold));
                }
            }
            if (estimate != null && bid.price().compareTo(shareOfEstimate.multiply(estimate)) < 0) {
                BigDecimal threshold = shareOfEstimate.multiply(estimate).setScale(2, RoundingMode.HALF_EVEN);
                reasons.add(new Reason(Threshold.ESTIMATE, bid.price(), estimate, shareOfEstimate, threshold));
            }
            if (!reasons.isEmpty()) {
                findings.add(new Finding(bid.bidId(), reasons));
            }
        }
        return findings;
    }

    /** The bids with every newly found abnormally low one flagged; bids already in the procedure are left as they are. */
    public List<BidUnderEvaluation> flag(List<BidUnderEvaluation> bids, BigDecimal estimate) {
        Map<String, Finding> found = detect(bids, estimate).stream()
                .collect(Collectors.toMap(Finding::bidId, Function.identity()));
        return bids.stream()
                .map(b -> found.containsKey(b.bidId()) && b.abnormallyLow() == AbnormallyLow.NONE
                        ? b.flaggedAbnormallyLow() : b)
                .toList();
    }

    private static void requireShare(BigDecimal share, String name) {
        if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be above 0 and at most 1, was " + share);
        }
    }
}
