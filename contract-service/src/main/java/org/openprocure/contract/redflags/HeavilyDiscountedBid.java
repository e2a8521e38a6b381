package org.openprocure.contract.redflags;

import java.util.Optional;
import java.util.TreeMap;

/**
 * R058 Heavily discounted bid: the {@link SecondLowestBidRatio} is a high outlier, i.e. at or
 * above Q3 + 1.5·IQR of all processes' ratios (or the fixed {@code threshold}). Flags the process
 * with the ratio and the winner with 0. Nothing is flagged when the fence is 0, as otherwise most
 * processes would be flagged when most ratios are 0.
 */
public final class HeavilyDiscountedBid implements Indicator {

    private final Optional<Double> threshold;
    private final SecondLowestBidRatio secondLowestBidRatio;
    private final TreeMap<String, SecondLowestBidRatio.Ratio> ratios = new TreeMap<>();

    public HeavilyDiscountedBid(Settings settings) {
        this.threshold = settings.number("R058", "threshold");
        this.secondLowestBidRatio = new SecondLowestBidRatio(settings);
    }

    @Override
    public String code() {
        return "R058";
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
        double fence = threshold.orElseGet(() ->
                Quartiles.of(ratios.values().stream().mapToDouble(SecondLowestBidRatio.Ratio::value).toArray()).upperFence());
        if (fence <= 0) {
            return;
        }
        ratios.forEach((ocid, ratio) -> {
            if (ratio.value() >= fence) {
                flags.flag(Group.OCID, ocid, code(), ratio.value());
                flags.flag(Group.Tenderer, ratio.winner(), code(), 0.0);
            }
        });
    }
}
