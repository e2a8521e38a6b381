package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A change to an active contract: a reason and a new value, a new period, or both. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractAmendmentRequest(String reason, Value value, Period period) {
}
