package org.openprocure.portal.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An RFC 9457 problem document as tender-service sends it when it refuses a request. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String title, int status, String detail, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One field the service named as wrong, e.g. {@code lots[0].items[1].classification}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
