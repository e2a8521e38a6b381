package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A bidder of an opened tender, about whom each committee member declares. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Bidder(String bidderId, String bidderName) {
}
