package org.openprocure.contract.screens;

import java.math.BigDecimal;
import java.util.Objects;

/** One awarded value of a buyer to a supplier, as the concentration screen needs it. */
public record SupplierAward(String buyerId, String supplierId, BigDecimal value, String currency) {

    public SupplierAward {
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("awarded value must not be negative: " + value);
        }
    }
}
