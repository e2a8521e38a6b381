package org.openprocure.portal.client;

/** The chair's decision on the justification of an abnormally low price. */
public record JustificationDecision(boolean accepted, String reason) {
}
