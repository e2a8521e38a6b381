package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An amendment of a published tender: the new terms and why. Without {@code bidsMustBeReconfirmed}
 * tender-service decides from what changed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AmendmentRequest(String reason, TenderTerms terms, Boolean bidsMustBeReconfirmed) {
}
