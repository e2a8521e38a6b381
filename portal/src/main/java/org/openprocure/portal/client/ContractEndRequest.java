package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The end of an active contract: completed ({@code date}) or terminated early ({@code date}, {@code reason}). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractEndRequest(Instant date, String reason) {

    public static ContractEndRequest completion(Instant date) {
        return new ContractEndRequest(date, null);
    }
}
