package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** OCDS Period. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Period(Instant startDate, Instant endDate) {
}
