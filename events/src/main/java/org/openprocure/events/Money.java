package org.openprocure.events;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in an ISO 4217 currency, as OCDS {@code Value}. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
