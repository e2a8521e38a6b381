package org.openprocure.contract.screens;

import java.math.BigDecimal;
import java.util.Objects;

/** A contract's value as awarded and after its amendments, in one currency. */
public record ContractAmendment(String contractId, BigDecimal awardedValue, BigDecimal amendedValue, String currency) {

    public ContractAmendment {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(awardedValue, "awardedValue");
        Objects.requireNonNull(amendedValue, "amendedValue");
        Objects.requireNonNull(currency, "currency");
        if (awardedValue.signum() <= 0) {
            throw new IllegalArgumentException("awarded value must be positive to measure an increase: " + awardedValue);
        }
    }
}
