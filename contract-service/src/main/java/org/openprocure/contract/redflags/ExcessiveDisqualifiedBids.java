package org.openprocure.contract.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * R038 Excessive disqualified bids: a buyer's, procuring entity's or tenderer's share of
 * disqualified bids among submitted bids is a high outlier, i.e. at or above Q3 + 1.5·IQR of that
 * group's shares (or the fixed {@code threshold}, if set). Shares are pooled over processes
 * (total disqualified / total submitted). Buyers and procuring entities need at least
 * {@code minimum_contracting_processes} (default 2) processes with submitted bids, tenderers at
 * least {@code minimum_submitted_bids} (default 2) submitted bids. The value is the share.
 */
public final class ExcessiveDisqualifiedBids implements Indicator {

    private final Optional<Double> threshold;
    private final int minimumSubmittedBids;
    private final int minimumContractingProcesses;
    private final Map<Group, Map<String, Tally>> tallies = new EnumMap<>(Group.class);

    public ExcessiveDisqualifiedBids(Settings settings) {
        this.threshold = settings.number("R038", "threshold");
        this.minimumSubmittedBids = settings.number("R038", "minimum_submitted_bids").orElse(2.0).intValue();
        this.minimumContractingProcesses = settings.number("R038", "minimum_contracting_processes").orElse(2.0).intValue();
    }

    @Override
    public String code() {
        return "R038";
    }

    @Override
    public void evaluate(ContractingProcess process, String ocid, RedFlags flags) {
        var submitted = process.submittedBids();
        if (submitted.isEmpty()) {
            return;
        }
        int disqualified = 0;
        for (JsonNode bid : submitted) {
            int increment = ContractingProcess.hasStatus(bid, "disqualified") ? 1 : 0;
            disqualified += increment;
            for (String id : ContractingProcess.tendererIds(bid)) {
                tally(Group.Tenderer, id).add(increment, 1);
            }
        }
        int total = submitted.size();
        int count = disqualified;
        process.buyerId().ifPresent(id -> tally(Group.Buyer, id).add(count, total));
        process.procuringEntityId().ifPresent(id -> tally(Group.ProcuringEntity, id).add(count, total));
    }

    private Tally tally(Group group, String id) {
        return tallies.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(id, i -> new Tally());
    }

    @Override
    public void finish(RedFlags flags) {
        flagOutliers(Group.Buyer, minimumContractingProcesses, flags);
        flagOutliers(Group.ProcuringEntity, minimumContractingProcesses, flags);
        flagOutliers(Group.Tenderer, minimumSubmittedBids, flags);
    }

    private void flagOutliers(Group group, int minimum, RedFlags flags) {
        Map<String, Double> shares = new TreeMap<>();
        tallies.getOrDefault(group, Map.of()).forEach((id, tally) -> {
            // Tenderers are counted in bids, buyers and procuring entities in processes.
            int size = group == Group.Tenderer ? tally.submitted : tally.processes;
            if (size >= minimum) {
                shares.put(id, (double) tally.disqualified / tally.submitted);
            }
        });
        if (shares.isEmpty()) {
            return;
        }
        Quartiles q = Quartiles.of(shares.values().stream().mapToDouble(Double::doubleValue).toArray());
        double fence = threshold.orElseGet(q::upperFence);
        String rule = threshold.isPresent() ? "share of disqualified bids ≥ threshold " + Numbers.text(fence)
                : "share of disqualified bids ≥ upper fence Q3 + 1.5·IQR = " + Numbers.text(fence);
        shares.forEach((id, share) -> {
            if (share >= fence) {
                Tally tally = tallies.get(group).get(id);
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("disqualifiedBids", tally.disqualified);
                evidence.put("submittedBids", tally.submitted);
                evidence.put("processes", tally.processes);
                evidence.put("share", share);
                evidence.put("q1", q.q1());
                evidence.put("q3", q.q3());
                evidence.put("fence", fence);
                evidence.put("compared", shares.size());
                flags.flag(group, id, code(), share, rule, evidence);
            }
        });
    }

    private static final class Tally {
        int disqualified;
        int submitted;
        int processes;

        void add(int disqualified, int submitted) {
            this.disqualified += disqualified;
            this.submitted += submitted;
            this.processes++;
        }
    }
}
