package org.openprocure.events.evaluation;

/** A bidder answered the committee's request to justify an abnormally low price. */
public record JustificationSubmitted(String tenderId, String lotId, String bidId, String bidderId, String text) {
}
