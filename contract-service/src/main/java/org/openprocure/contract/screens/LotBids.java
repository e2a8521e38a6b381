package org.openprocure.contract.screens;

import java.util.List;
import java.util.Objects;

/**
 * The bids received on one lot, with what places the lot in its market.
 *
 * @param cpvCode CPV code of the lot, e.g. {@code 45233120-6}; its first two digits are the CPV division
 */
public record LotBids(String lotId, String buyerId, String cpvCode, List<Bid> bids) {

    public LotBids {
        Objects.requireNonNull(lotId, "lotId");
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(cpvCode, "cpvCode");
        if (cpvCode.length() < 2 || !Character.isDigit(cpvCode.charAt(0)) || !Character.isDigit(cpvCode.charAt(1))) {
            throw new IllegalArgumentException("CPV code must start with a two-digit division: " + cpvCode);
        }
        bids = List.copyOf(bids);
    }

    /** Market = buyer × CPV division (first two digits of the CPV code). */
    public String market() {
        return buyerId + "|" + cpvCode.substring(0, 2);
    }

    public List<Bid> validBids() {
        return bids.stream().filter(Bid::valid).toList();
    }
}
