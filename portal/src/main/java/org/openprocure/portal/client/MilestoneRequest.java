package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A milestone recorded (created or updated) under its id; {@code status} scheduled, met or notMet. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MilestoneRequest(String title, String description, Instant dueDate, String status, Instant dateMet) {
}
