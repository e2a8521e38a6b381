package org.openprocure.contract.screens;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Awards at or above the estimate: bidders who know the estimate and do not compete price up to it.
 * Fires {@code AWARD_ABOVE_ESTIMATE} when awarded &gt; estimate and {@code AWARD_NEAR_ESTIMATE} when
 * 0.99 · estimate ≤ awarded ≤ estimate (within 1 % below). Ratio awarded / estimate in BigDecimal.
 */
public final class EstimateScreen {

    public static final String ABOVE = "AWARD_ABOVE_ESTIMATE";
    public static final String NEAR = "AWARD_NEAR_ESTIMATE";

    private static final BigDecimal NEAR_RATIO = new BigDecimal("0.99");

    public List<ScreenResult> screen(List<AwardAgainstEstimate> awards) {
        List<ScreenResult> flags = new ArrayList<>();
        for (AwardAgainstEstimate a : awards) {
            BigDecimal ratio = a.awardedValue().divide(a.estimatedValue(), MathContext.DECIMAL64);
            String code;
            String threshold;
            String what;
            if (ratio.compareTo(BigDecimal.ONE) > 0) {
                code = ABOVE;
                threshold = "awarded / estimate > 1";
                what = "above";
            } else if (ratio.compareTo(NEAR_RATIO) >= 0) {
                code = NEAR;
                threshold = "awarded / estimate ≥ 0.99";
                what = "within 1 % of";
            } else {
                continue;
            }
            Map<String, Double> evidence = new LinkedHashMap<>();
            evidence.put("estimatedValue", a.estimatedValue().doubleValue());
            evidence.put("awardedValue", a.awardedValue().doubleValue());
            evidence.put("ratio", ratio.doubleValue());
            flags.add(new ScreenResult(code, a.lotId(), String.format(Locale.ROOT,
                    "Lot %s was awarded at %s %s, %s the estimate of %s (%.2f %% of it).",
                    a.lotId(), a.awardedValue().toPlainString(), a.currency(), what,
                    a.estimatedValue().toPlainString(), ratio.doubleValue() * 100), evidence, threshold));
        }
        return flags;
    }
}
