package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What handing in a card did: cards in of those needed, and whether the bids are now open. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HandInResult(String ocid, int sharesIn, int threshold, boolean opened) {
}
