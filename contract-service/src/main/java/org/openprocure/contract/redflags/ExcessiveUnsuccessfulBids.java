package org.openprocure.contract.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * R025 Excessive unsuccessful bids: a tenderer takes part in many processes (more than the
 * {@code percentile}-th percentile, default 75, of tenderers' process counts) yet its win ratio is
 * a low outlier (below Q1 − 1.5·IQR of all tenderers' win ratios, or the fixed {@code threshold}).
 * Only processes with a single winner and all awards final count, each tenderer with a valid
 * single-tenderer bid once per process. The value is the win ratio, which may be 0.
 */
public final class ExcessiveUnsuccessfulBids implements Indicator {

    private final double percentile;
    private final Optional<Double> threshold;
    private final TreeMap<String, int[]> winsAndProcesses = new TreeMap<>();

    public ExcessiveUnsuccessfulBids(Settings settings) {
        this.percentile = settings.number("R025", "percentile").orElse(75.0);
        this.threshold = settings.number("R025", "threshold");
    }

    @Override
    public String code() {
        return "R025";
    }

    @Override
    public void evaluate(ContractingProcess process, String ocid, RedFlags flags) {
        if (!process.allAwardsFinal()) {
            return;
        }
        Optional<String> winner = process.singleWinner();
        if (winner.isEmpty()) {
            return;
        }
        Set<String> valid = new LinkedHashSet<>();
        for (JsonNode bid : process.bids()) {
            Set<String> tenderers = ContractingProcess.tendererIds(bid);
            if (ContractingProcess.hasStatus(bid, "valid") && tenderers.size() == 1) {
                valid.addAll(tenderers);
            }
        }
        for (String id : valid) {
            int[] tally = winsAndProcesses.computeIfAbsent(id, i -> new int[2]);
            tally[0] += id.equals(winner.get()) ? 1 : 0;
            tally[1]++;
        }
    }

    @Override
    public void finish(RedFlags flags) {
        if (winsAndProcesses.isEmpty()) {
            return;
        }
        double[] counts = winsAndProcesses.values().stream().mapToDouble(t -> t[1]).sorted().toArray();
        double upperFence = Quartiles.quantile(counts, percentile / 100);
        Quartiles q = Quartiles.of(winsAndProcesses.values().stream().mapToDouble(t -> (double) t[0] / t[1]).toArray());
        double lowerFence = threshold.orElseGet(q::lowerFence);
        String rule = "processes > " + Numbers.text(percentile) + "th percentile = " + Numbers.text(upperFence)
                + " and win ratio < " + (threshold.isPresent() ? "threshold " : "lower fence Q1 − 1.5·IQR = ")
                + Numbers.text(lowerFence);
        winsAndProcesses.forEach((id, t) -> {
            double ratio = (double) t[0] / t[1];
            if (t[1] > upperFence && ratio < lowerFence) {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("wins", t[0]);
                evidence.put("processes", t[1]);
                evidence.put("winRatio", ratio);
                evidence.put("processesFence", upperFence);
                evidence.put("q1", q.q1());
                evidence.put("q3", q.q3());
                evidence.put("fence", lowerFence);
                evidence.put("compared", winsAndProcesses.size());
                flags.flag(Group.Tenderer, id, code(), ratio, rule, evidence);
            }
        });
    }
}
