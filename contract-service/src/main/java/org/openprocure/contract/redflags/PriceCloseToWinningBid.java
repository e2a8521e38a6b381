package org.openprocure.contract.redflags;

import java.util.TreeMap;

/**
 * R024 Price close to winning bid: for a process with a single winner and all awards final, the
 * {@link SecondLowestBidRatio} is a low outlier, i.e. at or below Q1 − 1.5·IQR of all processes'
 * ratios (or the fixed {@code threshold}). The value is the ratio, which may be 0.
 */
public final class PriceCloseToWinningBid extends SecondLowestBidRatioOutliers {

    public PriceCloseToWinningBid(Settings settings) {
        super("R024", settings);
    }

    @Override
    double fence(Quartiles q) {
        return q.lowerFence();
    }

    @Override
    void flagOutliers(TreeMap<String, SecondLowestBidRatio.Ratio> ratios, Quartiles q, double fence,
            boolean fixedThreshold, RedFlags flags) {
        String rule = fixedThreshold ? "second-lowest bid ratio ≤ threshold " + Numbers.text(fence)
                : "second-lowest bid ratio ≤ lower fence Q1 − 1.5·IQR = " + Numbers.text(fence);
        ratios.forEach((ocid, ratio) -> {
            if (ratio.value() <= fence) {
                flags.flag(Group.OCID, ocid, code(), ratio.value(), rule, ratio.evidence(q, fence, ratios.size()));
            }
        });
    }
}
