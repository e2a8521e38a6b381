package org.openprocure.events.evaluation;

/**
 * The committee accepted (the bid stays ranked) or rejected (it leaves the ranking) a bidder's
 * justification of an abnormally low price, with its reason.
 */
public record JustificationDecided(String tenderId, String lotId, String bidId, String bidderId, boolean accepted,
        String reason) {
}
