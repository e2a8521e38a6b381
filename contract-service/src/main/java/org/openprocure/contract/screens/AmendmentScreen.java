package org.openprocure.contract.screens;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Amendments that raise a contract's value by more than 10 % or more than 20 % of the awarded value,
 * increase = (amended − awarded) / awarded · 100. Only the higher band fires for one contract.
 * 10 % is the de-minimis limit for supply and service contracts in Directive 2014/24/EU Art. 72(2);
 * 20 % marks a large increase. Exactly 10 % does not fire ("more than"). Computed in BigDecimal.
 */
public final class AmendmentScreen {

    public static final String OVER_10 = "AMENDMENT_OVER_10_PERCENT";
    public static final String OVER_20 = "AMENDMENT_OVER_20_PERCENT";

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

    public List<ScreenResult> screen(List<ContractAmendment> amendments) {
        List<ScreenResult> flags = new ArrayList<>();
        for (ContractAmendment a : amendments) {
            BigDecimal increase = a.amendedValue().subtract(a.awardedValue()).multiply(BigDecimal.valueOf(100))
                    .divide(a.awardedValue(), MathContext.DECIMAL64);
            BigDecimal limit;
            String code;
            if (increase.compareTo(TWENTY) > 0) {
                limit = TWENTY;
                code = OVER_20;
            } else if (increase.compareTo(TEN) > 0) {
                limit = TEN;
                code = OVER_10;
            } else {
                continue;
            }
            Map<String, Double> evidence = new LinkedHashMap<>();
            evidence.put("awardedValue", a.awardedValue().doubleValue());
            evidence.put("amendedValue", a.amendedValue().doubleValue());
            evidence.put("increasePercent", increase.doubleValue());
            flags.add(new ScreenResult(code, a.contractId(), String.format(Locale.ROOT,
                    "Contract %s was amended from %s to %s %s, %.2f %% above the awarded value.",
                    a.contractId(), a.awardedValue().toPlainString(), a.amendedValue().toPlainString(),
                    a.currency(), increase.doubleValue()),
                    evidence, "increase > " + limit.toPlainString() + " % of awarded value"));
        }
        return flags;
    }
}
