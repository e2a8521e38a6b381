package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Opens the public consultation; without an end the draft's own {@code consultationEnd} applies. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsultationRequest(Instant end) {
}
