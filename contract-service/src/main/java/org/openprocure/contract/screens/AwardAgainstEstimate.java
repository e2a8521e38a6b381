package org.openprocure.contract.screens;

import java.math.BigDecimal;
import java.util.Objects;

/** A lot's awarded value next to the buyer's published estimate, in one currency. */
public record AwardAgainstEstimate(String lotId, BigDecimal estimatedValue, BigDecimal awardedValue, String currency) {

    public AwardAgainstEstimate {
        Objects.requireNonNull(lotId, "lotId");
        Objects.requireNonNull(estimatedValue, "estimatedValue");
        Objects.requireNonNull(awardedValue, "awardedValue");
        Objects.requireNonNull(currency, "currency");
        if (estimatedValue.signum() <= 0) {
            throw new IllegalArgumentException("estimate must be positive: " + estimatedValue);
        }
    }
}
