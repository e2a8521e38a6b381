package org.openprocure.contract.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R028 Identical bid prices: two submitted bids by different tenderers have the same amount and
 * currency. Flags the process and each tenderer involved.
 */
public final class IdenticalBidPrices implements Indicator {

    private final PriceComparison priceComparison;

    public IdenticalBidPrices(Settings settings) {
        this.priceComparison = new PriceComparison(settings);
    }

    @Override
    public String code() {
        return "R028";
    }

    @Override
    public void evaluate(ContractingProcess process, String ocid, RedFlags flags) {
        if (!priceComparison.applies(process)) {
            return;
        }
        Map<ContractingProcess.Money, Set<String>> tenderersByPrice = new HashMap<>();
        for (JsonNode bid : process.submittedBids()) {
            var price = ContractingProcess.value(bid);
            Set<String> ids = ContractingProcess.tendererIds(bid);
            if (price.isEmpty() || ids.isEmpty()) {
                continue;
            }
            Set<String> other = tenderersByPrice.get(price.get());
            if (other != null && !other.equals(ids)) {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("amount", price.get().amount());
                evidence.put("currency", price.get().currency());
                evidence.put("tenderers", List.of(String.join("|", other), String.join("|", ids)));
                evidence.put("ocid", ocid);
                String threshold = "two submitted bids of different tenderers at the same price";
                flags.flag(Group.OCID, ocid, code(), 1.0, threshold, evidence);
                for (String id : ids) {
                    flags.flag(Group.Tenderer, id, code(), 1.0, threshold, evidence);
                }
                for (String id : other) {
                    flags.flag(Group.Tenderer, id, code(), 1.0, threshold, evidence);
                }
            }
            tenderersByPrice.put(price.get(), ids);
        }
    }
}
