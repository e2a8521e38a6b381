package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Why and when a tender was cancelled. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Cancellation(String reason, Instant date) {
}
