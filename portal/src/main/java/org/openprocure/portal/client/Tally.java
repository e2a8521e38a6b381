package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** How many comments or enquiries a tender has, and how many still wait for an answer. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tally(long total, long unanswered) {
}
