package org.openprocure.events.bid;

import java.time.Instant;
import java.util.List;

/**
 * The opening committee opened a tender's sealed bids, after its deadline, with {@code keyHolders}
 * acting together. {@code tenderId} is tender-service's id of the tender; evaluation starts now.
 */
public record BidsOpened(String tenderId, Instant openedAt, int bidCount, List<String> keyHolders) {
}
