package org.openprocure.contract.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * Runs the red-flag indicators over compiled releases and returns Cardinal's output shape:
 * {@code {"OCID": {ocid: {code: value}}, "Buyer": {...}, "ProcuringEntity": {...}, "Tenderer": {...}}}.
 * Processes without an ocid, with a cancelled tender, or whose procurementMethodDetails is in
 * {@code [exclusions] procurement_method_details} are skipped.
 */
public final class IndicatorEngine {

    private IndicatorEngine() {
    }

    public static List<Indicator> indicators(Settings settings) {
        return List.of(
                new ShortSubmissionPeriod(settings),
                new SingleBidReceived(settings),
                new IdenticalBidPrices(settings),
                new LateBidWon(),
                new AllExceptWinningBidDisqualified(settings),
                new LowestBidDisqualified(settings),
                new ExcessiveDisqualifiedBids(settings),
                new PriceCloseToWinningBid(settings),
                new ExcessiveUnsuccessfulBids(settings),
                new HeterogeneousSupplier(settings),
                new HeavilyDiscountedBid(settings));
    }

    public static RedFlags evaluate(List<JsonNode> releases, Settings settings) {
        List<Indicator> indicators = indicators(settings);
        Set<String> excluded = settings.excludedProcurementMethodDetails();
        RedFlags flags = new RedFlags();
        for (JsonNode release : releases) {
            ContractingProcess process = new ContractingProcess(release);
            String ocid = process.ocid().orElse(null);
            if (ocid == null || process.isCancelled()
                    || process.procurementMethodDetails().filter(excluded::contains).isPresent()) {
                continue;
            }
            for (Indicator indicator : indicators) {
                indicator.evaluate(process, ocid, flags);
            }
        }
        for (Indicator indicator : indicators) {
            indicator.finish(flags);
        }
        return flags;
    }

    public static JsonNode run(List<JsonNode> releases, Settings settings) {
        RedFlags flags = evaluate(releases, settings);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Group group : Group.values()) {
            ObjectNode groupNode = root.putObject(group.name());
            flags.get(group).forEach((id, codes) -> {
                ObjectNode idNode = groupNode.putObject(id);
                codes.forEach(idNode::put);
            });
        }
        return root;
    }
}
