package org.openprocure.contract.redflags;

import java.util.Optional;
import java.util.TreeMap;

/**
 * What R024 and R058 share: each process's {@link SecondLowestBidRatio}, collected over the run, then
 * compared with a fence of their distribution (type-8 quartiles) or with the fixed {@code threshold}.
 */
abstract class SecondLowestBidRatioOutliers implements Indicator {

    private final String code;
    private final Optional<Double> threshold;
    private final SecondLowestBidRatio secondLowestBidRatio;
    private final TreeMap<String, SecondLowestBidRatio.Ratio> ratios = new TreeMap<>();

    SecondLowestBidRatioOutliers(String code, Settings settings) {
        this.code = code;
        this.threshold = settings.number(code, "threshold");
        this.secondLowestBidRatio = new SecondLowestBidRatio(settings);
    }

    @Override
    public String code() {
        return code;
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
        flagOutliers(ratios, q, threshold.orElseGet(() -> fence(q)), threshold.isPresent(), flags);
    }

    /** The fence of the ratios' distribution that applies when no threshold is set. */
    abstract double fence(Quartiles q);

    /** Flags the processes (by ocid, in order) whose ratio is beyond {@code fence}. */
    abstract void flagOutliers(TreeMap<String, SecondLowestBidRatio.Ratio> ratios, Quartiles q, double fence,
            boolean fixedThreshold, RedFlags flags);
}
