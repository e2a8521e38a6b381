package org.openprocure.contract.screens;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Supplier concentration per buyer: the Herfindahl–Hirschman index over the buyer's awarded value
 * by supplier, HHI = Σ sᵢ² with shares sᵢ in percent (so 0–10 000; one supplier = 10 000), and the
 * top supplier's share. The default threshold 2 500 is the "highly concentrated" line of the
 * U.S. DOJ/FTC Horizontal Merger Guidelines (2010); the 2023 guidelines use 1 800, so it is
 * configurable. Shares are computed in BigDecimal with 16 significant digits (DECIMAL64) and
 * reported as double. A buyer whose awards are in several currencies is refused, not mixed.
 */
public final class SupplierConcentrationScreen {

    public static final double DEFAULT_HHI_THRESHOLD = 2500;
    public static final String CODE = "HIGH_SUPPLIER_CONCENTRATION";

    private final double hhiThreshold;

    public SupplierConcentrationScreen() {
        this(DEFAULT_HHI_THRESHOLD);
    }

    public SupplierConcentrationScreen(double hhiThreshold) {
        this.hhiThreshold = hhiThreshold;
    }

    /** Concentration per buyer, buyers in id order; buyers whose awards total zero are left out. */
    public List<BuyerConcentration> concentrations(List<SupplierAward> awards) {
        Map<String, List<SupplierAward>> byBuyer = new TreeMap<>();
        for (SupplierAward a : awards) {
            byBuyer.computeIfAbsent(a.buyerId(), b -> new ArrayList<>()).add(a);
        }
        List<BuyerConcentration> result = new ArrayList<>();
        byBuyer.forEach((buyer, list) -> {
            long currencies = list.stream().map(SupplierAward::currency).distinct().count();
            if (currencies > 1) {
                throw new IllegalArgumentException("buyer " + buyer + " has awards in " + currencies
                        + " currencies; convert before screening, screens never mix currencies");
            }
            Map<String, BigDecimal> bySupplier = new TreeMap<>();
            for (SupplierAward a : list) {
                bySupplier.merge(a.supplierId(), a.value(), BigDecimal::add);
            }
            BigDecimal total = bySupplier.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() == 0) {
                return;
            }
            BigDecimal hhi = BigDecimal.ZERO;
            String top = null;
            BigDecimal topShare = BigDecimal.valueOf(-1);
            for (Map.Entry<String, BigDecimal> e : bySupplier.entrySet()) {
                BigDecimal share = e.getValue().multiply(BigDecimal.valueOf(100)).divide(total, MathContext.DECIMAL64);
                hhi = hhi.add(share.multiply(share, MathContext.DECIMAL64));
                if (share.compareTo(topShare) > 0) {
                    topShare = share;
                    top = e.getKey();
                }
            }
            result.add(new BuyerConcentration(buyer, list.get(0).currency(), bySupplier.size(),
                    hhi.doubleValue(), top, topShare.doubleValue()));
        });
        return result;
    }

    public List<ScreenResult> screen(List<SupplierAward> awards) {
        List<ScreenResult> flags = new ArrayList<>();
        for (BuyerConcentration c : concentrations(awards)) {
            if (c.hhi() <= hhiThreshold) {
                continue;
            }
            Map<String, Double> evidence = new LinkedHashMap<>();
            evidence.put("hhi", c.hhi());
            evidence.put("topSharePercent", c.topSharePercent());
            evidence.put("suppliers", (double) c.supplierCount());
            flags.add(new ScreenResult(CODE, c.buyerId(), String.format(Locale.ROOT,
                    "Buyer %s awards its value to few suppliers: HHI %.0f of 10000, the largest supplier %s "
                            + "holds %.1f %% of the awarded value.",
                    c.buyerId(), c.hhi(), c.topSupplierId(), c.topSharePercent()),
                    evidence, String.format(Locale.ROOT, "HHI > %.0f", hhiThreshold)));
        }
        return flags;
    }
}
