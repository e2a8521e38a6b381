package org.openprocure.events.tender;

/**
 * The buyer cancelled the whole tender ({@code lotId} null) or one lot. {@code tenderCancelled} is
 * true when nothing of the tender remains: the whole tender, or its last active lot, was cancelled.
 */
public record TenderCancelled(String tenderId, String lotId, String reason, boolean tenderCancelled) {
}
