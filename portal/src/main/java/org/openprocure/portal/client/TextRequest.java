package org.openprocure.portal.client;

/** A text a bidder sends: the justification of a price, or a complaint. */
public record TextRequest(String text) {
}
