package org.openprocure.contract.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;

/**
 * R035 All except winning bid disqualified: exactly one tenderer has valid bids, it is the
 * (only) supplier of the active awards, and at least {@code threshold} (default 1, minimum 1)
 * other tenderers had bids disqualified. The value is the number of those other tenderers.
 * Skipped while any award is pending.
 */
public final class AllExceptWinningBidDisqualified implements Indicator {

    private final int threshold;

    public AllExceptWinningBidDisqualified(Settings settings) {
        this.threshold = Math.max(1, (int) settings.threshold("R035", 1));
    }

    @Override
    public String code() {
        return "R035";
    }

    @Override
    public void evaluate(ContractingProcess process, String ocid, RedFlags flags) {
        if (!process.allAwardsFinal()) {
            return;
        }
        Set<String> valid = new HashSet<>();
        Set<String> disqualified = new HashSet<>();
        for (JsonNode bid : process.bids()) {
            if (ContractingProcess.hasStatus(bid, "valid")) {
                valid.addAll(ContractingProcess.tendererIds(bid));
            } else if (ContractingProcess.hasStatus(bid, "disqualified")) {
                disqualified.addAll(ContractingProcess.tendererIds(bid));
            }
        }
        disqualified.removeAll(valid);
        if (valid.size() == 1 && valid.equals(process.activeSupplierIds()) && disqualified.size() >= threshold) {
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("validTenderer", valid.iterator().next());
            evidence.put("disqualifiedTenderers", disqualified.size());
            evidence.put("disqualified", String.join("|", new TreeSet<>(disqualified)));
            flags.flag(Group.OCID, ocid, code(), disqualified.size(),
                    "only the winner valid and disqualified other tenderers ≥ " + threshold, evidence);
        }
    }
}
