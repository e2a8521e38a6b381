package org.openprocure.contract.screens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Compares each lot's bid screens with the same screen over its market (buyer × CPV division) and
 * flags a lot whose value lies beyond the Tukey fence on the side that points to collusion
 * ({@link Screen#suspiciousSide()}: low CV, low spread, low skewness; high RD, high normalised RD,
 * high kurtosis). Quartiles are Hyndman–Fan type 8 ({@link Type8Quartiles}); fences are
 * {@code Q1 − k·IQR} and {@code Q3 + k·IQR}, k = 1.5 by default (Tukey 1977).
 *
 * <p>The market distribution includes the lot itself, as in a box plot. Lots where a screen is
 * undefined are left out of that screen's distribution. Two guards keep the fences honest:
 * a market with fewer lots than {@code minimumMarketSize} (default 5) gets no fences, and a
 * degenerate distribution (IQR = 0, e.g. most lots with identical values) flags nothing, because
 * a zero-width box would flag every lot that merely differs from the common value.
 *
 * <p>Every screen is a unit-free ratio, so lots priced in different currencies may share a market;
 * within one lot mixed currencies are refused by {@link BidScreens#of(LotBids)}.
 */
public final class MarketScreens {

    public static final double DEFAULT_FENCE_MULTIPLIER = 1.5;
    public static final int DEFAULT_MINIMUM_MARKET_SIZE = 5;

    private final double fenceMultiplier;
    private final int minimumMarketSize;

    public MarketScreens() {
        this(DEFAULT_FENCE_MULTIPLIER, DEFAULT_MINIMUM_MARKET_SIZE);
    }

    public MarketScreens(double fenceMultiplier, int minimumMarketSize) {
        if (fenceMultiplier <= 0) {
            throw new IllegalArgumentException("fence multiplier must be positive");
        }
        if (minimumMarketSize < 1) {
            throw new IllegalArgumentException("minimum market size must be at least 1");
        }
        this.fenceMultiplier = fenceMultiplier;
        this.minimumMarketSize = minimumMarketSize;
    }

    /** Flags over all lots; lots are grouped into markets here. */
    public List<ScreenResult> screen(List<LotBids> lots) {
        Map<String, List<BidScreens>> byMarket = new LinkedHashMap<>();
        for (LotBids lot : lots) {
            byMarket.computeIfAbsent(lot.market(), m -> new ArrayList<>()).add(BidScreens.of(lot));
        }
        List<ScreenResult> flags = new ArrayList<>();
        byMarket.forEach((market, screens) -> {
            for (Screen screen : Screen.values()) {
                flags.addAll(screenMarket(market, screen, screens));
            }
        });
        return flags;
    }

    private List<ScreenResult> screenMarket(String market, Screen screen, List<BidScreens> lots) {
        double[] values = lots.stream().map(l -> l.value(screen)).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).toArray();
        if (values.length < minimumMarketSize) {
            return List.of();
        }
        Type8Quartiles q = Type8Quartiles.of(values);
        if (q.iqr() == 0) {
            return List.of();
        }
        double lower = q.lowerFence(fenceMultiplier);
        double upper = q.upperFence(fenceMultiplier);
        List<ScreenResult> flags = new ArrayList<>();
        for (BidScreens lot : lots) {
            OptionalDouble v = lot.value(screen);
            if (v.isEmpty()) {
                continue;
            }
            double value = v.getAsDouble();
            boolean low = screen.suspiciousSide() == Screen.Side.LOW;
            boolean fired = low ? value < lower : value > upper;
            if (!fired) {
                continue;
            }
            Map<String, Double> evidence = new LinkedHashMap<>();
            evidence.put("value", value);
            evidence.put("q1", q.q1());
            evidence.put("q3", q.q3());
            evidence.put("iqr", q.iqr());
            evidence.put(low ? "lowerFence" : "upperFence", low ? lower : upper);
            evidence.put("marketLots", (double) values.length);
            evidence.put("validBids", (double) lot.validBidCount());
            String explanation = String.format(Locale.ROOT,
                    "The %s on lot %s is unusually %s for market %s (%d lots); "
                            + "this pattern is associated with bid rigging and deserves a closer look.",
                    screen.description(), lot.lotId(), low ? "low" : "high", market, values.length);
            String threshold = String.format(Locale.ROOT, "%s %s %s fence %.6f = Q%s %s %.1f·IQR (type-8 quartiles)",
                    screen.code(), low ? "<" : ">", low ? "lower" : "upper", low ? lower : upper,
                    low ? "1" : "3", low ? "−" : "+", fenceMultiplier);
            flags.add(new ScreenResult(screen.code(), lot.lotId(), explanation, evidence, threshold));
        }
        return flags;
    }
}
