package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An answer to a quality criterion, named by the criterion. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BidAnswer(String criterion, String text) {
}
