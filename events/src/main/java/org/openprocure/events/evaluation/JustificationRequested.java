package org.openprocure.events.evaluation;

import java.util.List;
import org.openprocure.events.Money;

/**
 * The committee found a bid's price for a lot abnormally low and asked its bidder to justify it;
 * {@code reasons} say which threshold it fell below and by how much.
 */
public record JustificationRequested(String tenderId, String lotId, String bidId, String bidderId, Money price,
        List<String> reasons) {
}
