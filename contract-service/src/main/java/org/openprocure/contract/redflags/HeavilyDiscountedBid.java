package org.openprocure.contract.redflags;

import java.util.Map;
import java.util.TreeMap;

/**
 * R058 Heavily discounted bid: the {@link SecondLowestBidRatio} is a high outlier, i.e. at or
 * above Q3 + 1.5·IQR of all processes' ratios (or the fixed {@code threshold}). Flags the process
 * with the ratio and the winner with 0. Nothing is flagged when the fence is 0, as otherwise most
 * processes would be flagged when most ratios are 0.
 */
public final class HeavilyDiscountedBid extends SecondLowestBidRatioOutliers {

    public HeavilyDiscountedBid(Settings settings) {
        super("R058", settings);
    }

    @Override
    double fence(Quartiles q) {
        return q.upperFence();
    }

    @Override
    void flagOutliers(TreeMap<String, SecondLowestBidRatio.Ratio> ratios, Quartiles q, double fence,
            boolean fixedThreshold, RedFlags flags) {
        if (fence <= 0) {
            return;
        }
        String rule = fixedThreshold ? "second-lowest bid ratio ≥ threshold " + Numbers.text(fence)
                : "second-lowest bid ratio ≥ upper fence Q3 + 1.5·IQR = " + Numbers.text(fence);
        ratios.forEach((ocid, ratio) -> {
            if (ratio.value() >= fence) {
                Map<String, Object> evidence = ratio.evidence(q, fence, ratios.size());
                flags.flag(Group.OCID, ocid, code(), ratio.value(), rule, evidence);
                evidence.put("ocid", ocid);
                flags.flag(Group.Tenderer, ratio.winner(), code(), 0.0, rule, evidence);
            }
        });
    }
}
