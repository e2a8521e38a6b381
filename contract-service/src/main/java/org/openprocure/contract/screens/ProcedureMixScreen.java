package org.openprocure.contract.screens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Share of non-open procedures per buyer, by count of procedures: every OCDS procurement method other
 * than {@code open} counts as non-open. Flags a buyer whose share is above the threshold; the default
 * 0.5 is a local policy choice (no single literature value), so it is configurable.
 */
public final class ProcedureMixScreen {

    public static final String CODE = "HIGH_NON_OPEN_SHARE";
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final double threshold;

    public ProcedureMixScreen() {
        this(DEFAULT_THRESHOLD);
    }

    public ProcedureMixScreen(double threshold) {
        this.threshold = threshold;
    }

    /** Non-open share per buyer, buyers in id order. */
    public Map<String, Double> nonOpenShares(List<ProcedureRecord> procedures) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ProcedureRecord p : procedures) {
            int[] c = counts.computeIfAbsent(p.buyerId(), b -> new int[2]);
            c[0]++;
            if (!p.open()) {
                c[1]++;
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((buyer, c) -> shares.put(buyer, (double) c[1] / c[0]));
        return shares;
    }

    public List<ScreenResult> screen(List<ProcedureRecord> procedures) {
        Map<String, Long> totals = new TreeMap<>();
        procedures.forEach(p -> totals.merge(p.buyerId(), 1L, Long::sum));
        List<ScreenResult> flags = new ArrayList<>();
        nonOpenShares(procedures).forEach((buyer, share) -> {
            if (share <= threshold) {
                return;
            }
            long total = totals.get(buyer);
            Map<String, Double> evidence = new LinkedHashMap<>();
            evidence.put("nonOpenShare", share);
            evidence.put("nonOpenProcedures", (double) Math.round(share * total));
            evidence.put("procedures", (double) total);
            flags.add(new ScreenResult(CODE, buyer, String.format(Locale.ROOT,
                    "Buyer %s ran %d of its %d procedures without an open call for competition (%.1f %%).",
                    buyer, Math.round(share * total), total, share * 100), evidence,
                    String.format(Locale.ROOT, "non-open share > %.2f", threshold)));
        });
        return flags;
    }
}
