package org.openprocure.contract.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * R024 Price close to winning bid: for a process with a single winner and all awards final, the
 * ratio (lowest non-winning valid bid − winning bid) / winning bid is a low outlier, i.e. at or
 * below Q1 − 1.5·IQR of all processes' ratios (or the fixed {@code threshold}). Only valid bids
 * with one tenderer in the run's currency count; if the winner bid several times its lowest bid
 * counts. Processes whose lowest bid did not win are left out, since their award criteria are not
 * price only. The value is the ratio, which may be 0.
 */
public final class PriceCloseToWinningBid implements Indicator {

    private final Optional<Double> threshold;
    private final PriceComparison priceComparison;
    private String currency;
    private final TreeMap<String, Double> ratios = new TreeMap<>();

    public PriceCloseToWinningBid(Settings settings) {
        this.threshold = settings.number("R024", "threshold");
        this.priceComparison = new PriceComparison(settings);
        this.currency = settings.currency().orElse(null);
    }

    @Override
    public String code() {
        return "R024";
    }

    @Override
    public void evaluate(ContractingProcess process, String ocid, RedFlags flags) {
        if (!priceComparison.applies(process) || !process.allAwardsFinal()) {
            return;
        }
        Optional<String> winner = process.singleWinner();
        if (winner.isEmpty()) {
            return;
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
        if (winning != null && lowestOther != null && lowestOther >= winning && winning != 0) {
            ratios.put(ocid, (lowestOther - winning) / winning);
        }
    }

    @Override
    public void finish(RedFlags flags) {
        if (ratios.isEmpty()) {
            return;
        }
        double fence = threshold.orElseGet(() ->
                Quartiles.of(ratios.values().stream().mapToDouble(Double::doubleValue).toArray()).lowerFence());
        ratios.forEach((ocid, ratio) -> {
            if (ratio <= fence) {
                flags.flag(Group.OCID, ocid, code(), ratio);
            }
        });
    }
}
