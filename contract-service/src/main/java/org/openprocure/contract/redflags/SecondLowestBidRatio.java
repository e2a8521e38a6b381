package org.openprocure.contract.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ratio (lowest non-winning valid bid − winning bid) / winning bid that R024 and R058 share.
 * Needs a single winner and all awards final; only valid bids with one tenderer in the run's
 * currency count (the {@code currency} setting, else the first observed); the winner's lowest bid
 * counts. Empty when the lowest bid did not win, since the award criteria are then not price only.
 */
final class SecondLowestBidRatio {

    record Ratio(String winner, double value, double winning, double lowestOther, String currency) {

        /** The numbers behind a flag on this ratio, against the fence it crossed. */
        Map<String, Object> evidence(Quartiles q, double fence, int compared) {
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("winner", winner);
            evidence.put("winningBid", winning);
            evidence.put("lowestOtherBid", lowestOther);
            evidence.put("currency", currency);
            evidence.put("ratio", value);
            evidence.put("q1", q.q1());
            evidence.put("q3", q.q3());
            evidence.put("fence", fence);
            evidence.put("compared", compared);
            return evidence;
        }
    }

    private final PriceComparison priceComparison;
    private String currency;

    SecondLowestBidRatio(Settings settings) {
        this.priceComparison = new PriceComparison(settings);
        this.currency = settings.currency().orElse(null);
    }

    Optional<Ratio> of(ContractingProcess process) {
        if (!priceComparison.applies(process) || !process.allAwardsFinal()) {
            return Optional.empty();
        }
        Optional<String> winner = process.singleWinner();
        if (winner.isEmpty()) {
            return Optional.empty();
        }
        Double winning = null;
        Double lowestOther = null;
        for (JsonNode bid : process.bids()) {
            Set<String> tenderers = ContractingProcess.tendererIds(bid);
            var value = ContractingProcess.value(bid);
            if (!ContractingProcess.hasStatus(bid, "valid") || tenderers.size() != 1 || value.isEmpty()) {
                continue;
            }
            if (currency == null) {
                currency = value.get().currency();
            }
            if (!currency.equals(value.get().currency())) {
                continue;
            }
            double amount = value.get().amount();
            if (tenderers.contains(winner.get())) {
                winning = winning == null ? amount : Math.min(winning, amount);
            } else {
                lowestOther = lowestOther == null ? amount : Math.min(lowestOther, amount);
            }
        }
        // A zero winning bid has no meaningful ratio.
        if (winning == null || lowestOther == null || lowestOther < winning || winning == 0) {
            return Optional.empty();
        }
        return Optional.of(new Ratio(winner.get(), (lowestOther - winning) / winning, winning, lowestOther, currency));
    }
}
