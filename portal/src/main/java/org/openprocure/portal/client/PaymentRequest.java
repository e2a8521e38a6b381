package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A payment made under an active contract, optionally for one of its milestones. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentRequest(Instant date, Value value, String milestoneId, String description) {
}
