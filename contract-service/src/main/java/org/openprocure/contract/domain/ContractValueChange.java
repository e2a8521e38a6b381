package org.openprocure.contract.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a contract's value has drifted from the awarded value: the cumulative change (current value
 * minus awarded value, negative for a reduction) and that change as a percent of the awarded value, to
 * 2 decimals rounded half-even. Amendments are measured against the award, not against each other, so
 * that several small ones cannot hide a large change.
 */
public record ContractValueChange(BigDecimal amount, BigDecimal percent) {

    public static ContractValueChange against(BigDecimal awarded, BigDecimal current) {
        if (awarded.signum() <= 0) {
            throw new IllegalArgumentException("an awarded value is positive, not " + awarded);
        }
        BigDecimal change = current.subtract(awarded);
        BigDecimal percent = change.multiply(BigDecimal.valueOf(100)).divide(awarded, 2, RoundingMode.HALF_EVEN);
        return new ContractValueChange(change.setScale(Math.max(2, change.scale()), RoundingMode.UNNECESSARY),
                percent);
    }
}
