package org.openprocure.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each offending field (a JSON path into the
 * request body, or a query or path parameter) so that a client can point at what to fix.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that is wrong, and why. */
    public record FieldError(String field, String message) {
    }
}
