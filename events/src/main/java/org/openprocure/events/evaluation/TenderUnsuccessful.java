package org.openprocure.events.evaluation;

/**
 * A lot could not be awarded: no qualified bid remained (or none was received), for the reason given.
 * {@code tenderUnsuccessful} is true when no lot of the tender can be awarded any more.
 */
public record TenderUnsuccessful(String tenderId, String lotId, String reason, boolean tenderUnsuccessful) {
}
