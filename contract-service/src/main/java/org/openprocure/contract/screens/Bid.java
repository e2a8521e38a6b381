package org.openprocure.contract.screens;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bid on a lot as the screens need it. Invalid (rejected) bids are kept so callers need not
 * pre-filter, but every screen uses only valid bids.
 */
public record Bid(String bidderId, BigDecimal price, String currency, boolean valid) {

    public Bid {
        Objects.requireNonNull(bidderId, "bidderId");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(currency, "currency");
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("bid price must be positive: " + price);
        }
    }

    public static Bid valid(String bidderId, String price, String currency) {
        return new Bid(bidderId, new BigDecimal(price), currency, true);
    }
}
