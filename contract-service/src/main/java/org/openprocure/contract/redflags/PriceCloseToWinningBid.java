package org.openprocure.contract.redflags;

import java.util.Optional;
import java.util.TreeMap;

/**
 * R024 Price close to winning bid: for a process with a single winner and all awards final, the
 * {@link SecondLowestBidRatio} is a low outlier, i.e. at or below Q1 − 1.5·IQR of all processes'
 * ratios (or the fixed {@code threshold}). The value is the ratio, which may be 0.
 */
public final class PriceCloseToWinningBid implements Indicator {

    private final Optional<Double> threshold;
    private final SecondLowestBidRatio secondLowestBidRatio;
    private final TreeMap<String, SecondLowestBidRatio.Ratio> ratios = new TreeMap<>();

    public PriceCloseToWinningBid(Settings settings) {
        this.threshold = settings.number("R024", "threshold");
        this.secondLowestBidRatio = new SecondLowestBidRatio(settings);
    }

    @Override
    public String code() {
        return "R024";
    }

    @Override
    public void evaluate(ContractingProcess process, String ocid, RedFlags flags) {
        secondLowestBidRatio.of(process).ifPresent(ratio -> ratios.put(ocid, ratio));
    }

    @Override
    public void finish(RedFlags flags) {
        if (ratios.isEmpty()) {
            return;
        }
        Quartiles q = Quartiles.of(ratios.values().stream().mapToDouble(SecondLowestBidRatio.Ratio::value).toArray());
        double fence = threshold.orElseGet(q::lowerFence);
        String rule = threshold.isPresent() ? "second-lowest bid ratio ≤ threshold " + Numbers.text(fence)
                : "second-lowest bid ratio ≤ lower fence Q1 − 1.5·IQR = " + Numbers.text(fence);
        ratios.forEach((ocid, ratio) -> {
            if (ratio.value() <= fence) {
                flags.flag(Group.OCID, ocid, code(), ratio.value(), rule, ratio.evidence(q, fence, ratios.size()));
            }
        });
    }
}
