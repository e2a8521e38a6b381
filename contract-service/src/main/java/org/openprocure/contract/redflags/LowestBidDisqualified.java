package org.openprocure.contract.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * R036 Lowest bid disqualified: the process has an active award, and the lowest-priced submitted
 * bid was disqualified. Only bids in the run's currency are compared: the {@code currency} setting,
 * or else the first currency observed, as Cardinal does.
 */
public final class LowestBidDisqualified implements Indicator {

    private String currency;

    public LowestBidDisqualified(Settings settings) {
        this.currency = settings.currency().orElse(null);
    }

    @Override
    public String code() {
        return "R036";
    }

    @Override
    public void evaluate(ContractingProcess process, String ocid, RedFlags flags) {
        if (process.activeAwards().isEmpty()) {
            return;
        }
        Double lowest = null;
        boolean lowestDisqualified = false;
        String lowestBid = null;
        int compared = 0;
        for (JsonNode bid : process.submittedBids()) {
            var value = ContractingProcess.value(bid);
            if (value.isEmpty()) {
                continue;
            }
            if (currency == null) {
                currency = value.get().currency();
            }
            if (!currency.equals(value.get().currency())) {
                continue;
            }
            // Strictly lower: among equal lowest prices the first bid decides, as in Cardinal.
            if (lowest == null || value.get().amount() < lowest) {
                lowest = value.get().amount();
                lowestDisqualified = ContractingProcess.hasStatus(bid, "disqualified");
                lowestBid = bid.path("id").asText("");
            }
            compared++;
        }
        if (lowestDisqualified) {
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("bid", lowestBid);
            evidence.put("amount", lowest);
            evidence.put("currency", currency);
            evidence.put("bidsCompared", compared);
            flags.flag(Group.OCID, ocid, code(), 1.0, "lowest-priced submitted bid disqualified", evidence);
        }
    }
}
