package org.openprocure.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose declared {@code Content-Length} is over {@code quarkus.http.limits.max-body-size} is refused
 * with a 413 problem+json that says how large the body was and what the limit is. Quarkus's own limit route
 * (order {@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT}) ends such a request with an empty 413 before any
 * exception mapper sees it; this route runs just ahead of it. The connection is closed after the answer, so the
 * rest of the body is never read. A chunked body without a length is still cut off by Quarkus's route when it
 * passes the limit.
 */
@ApplicationScoped
public class OversizeBodyRefusal {

    private final Optional<MemorySize> maxBodySize;
    private final ObjectMapper mapper;

    @Inject
    public OversizeBodyRefusal(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            ObjectMapper mapper) {
        this.maxBodySize = maxBodySize;
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        if (maxBodySize.isPresent()) {
            long limit = maxBodySize.get().asLongValue();
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> refuseOver(limit, context));
        }
    }

    private void refuseOver(long limit, RoutingContext context) {
        Long declared = declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared == null || declared <= limit) {
            context.next();
            return;
        }
        Problem problem = new Problem("about:blank", "Request body too large", 413,
                "The request body is " + declared + " bytes; this service takes at most " + limit + " bytes ("
                        + BodySizes.describe(limit) + ").",
                context.request().path(), List.of(new Problem.FieldError("Content-Length",
                        "at most " + limit + " bytes")));
        String json;
        try {
            json = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(json);
    }

    /** The declared length, or {@code null} when there is none or it is not a number (the framework judges those). */
    static Long declaredLength(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Byte counts in the units people read. */
    public static final class BodySizes {
        private BodySizes() {
        }

        public static String describe(long bytes) {
            if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
                return bytes / (1024 * 1024) + " MiB";
            }
            if (bytes >= 1024 && bytes % 1024 == 0) {
                return bytes / 1024 + " KiB";
            }
            return bytes + " bytes";
        }
    }
}
