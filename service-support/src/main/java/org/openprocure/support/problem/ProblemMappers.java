package org.openprocure.support.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves a service as RFC 9457 problem+json. Client mistakes get a 4xx naming the field;
 * anything unexpected gets a 500 with a reference that is also in the log, and no internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper objectMapper;

    ProblemMappers(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.errors().isEmpty() ? null : e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message())
                .collect(Collectors.joining("; "));
        return respond(400, "Invalid request", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    // Quarkus REST maps these subtypes itself; naming them here puts ours first.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response identityProviderUnavailable(io.quarkus.oidc.OIDCException e, UriInfo uri) {
        LOG.warnf("token could not be checked on %s: %s", uri.getPath(), e.getMessage());
        return respond(503, "Identity provider unavailable",
                "The token could not be checked because the identity provider cannot be reached; try again shortly.",
                uri, null);
    }

    /** Two people changed the same thing at once; the later one is told to look again. */
    @ServerExceptionMapper
    public Response concurrentChange(jakarta.persistence.OptimisticLockException e, UriInfo uri) {
        return respond(409, "Conflict", "Someone else changed this at the same moment; reload it and try again.",
                uri, null);
    }

    /** An upload that is not a PDF we can safely keep: 413 if too large, else 400 naming the reason. */
    @ServerExceptionMapper
    public Response pdfRejected(org.openprocure.support.pdf.PdfRejectedException e, UriInfo uri) {
        boolean tooLarge = e.reason() == org.openprocure.support.pdf.PdfRejectedException.Reason.TOO_LARGE;
        return respond(tooLarge ? 413 : 400, tooLarge ? "Document too large" : "Document refused", e.getMessage(), uri,
                List.of(new Problem.FieldError("file", e.getMessage())));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(401, "Unauthorized", "A valid bearer token is required.", uri, null);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(401, "Unauthorized", "The bearer token is missing, invalid or expired.", uri, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "Your role does not allow this.", uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers, Request request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException jsonError) {
                return jsonProblem(jsonError, uri);
            }
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> request.getMethod() + " is not allowed on " + uri.getPath() + ".";
            case 406 -> "The answer cannot be given as " + said(headers.getHeaderString(HttpHeaders.ACCEPT)) + ".";
            case 415 -> "The body's type " + said(headers.getHeaderString(HttpHeaders.CONTENT_TYPE))
                    + " is not accepted on " + uri.getPath() + ".";
            default -> e.getMessage();
        };
        return respond(status.getStatusCode(), status.getReasonPhrase(), detail, uri, null);
    }

    private static String said(String header) {
        return header == null || header.isBlank() ? "(none given)" : "'" + header + "'";
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            // A restart or failover of PostgreSQL: a passing outage, not a bug; the pool reconnects by itself.
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), DatabaseOutage.reason(e));
            return Response.fromResponse(respond(503, "Service unavailable",
                    "The database cannot be reached right now; try again in a few seconds.", uri, null))
                    .header("Retry-After", "5").build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", reference, uri.getPath());
        return respond(500, "Internal error", "Something went wrong on our side; reference " + reference + ".",
                uri, null);
    }

    private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException parse) {
            var where = parse.getLocation();
            String detail = "The body is not valid JSON" + (where == null ? "" :
                    " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")") + ".";
            return respond(400, "Malformed JSON", detail, uri, List.of(new Problem.FieldError("$", "not valid JSON")));
        }
        if (e instanceof JsonMappingException mapping) {
            String field = pathOf(mapping);
            String message = messageFor(mapping);
            return respond(400, "Invalid request", field + ": " + message, uri,
                    List.of(new Problem.FieldError(field, message)));
        }
        return respond(400, "Malformed JSON", "The body could not be read as JSON.", uri, null);
    }

    private String messageFor(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field; expected one of " + unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(c -> objectMapper.convertValue(c, String.class))
                    .collect(Collectors.joining(", "));
            return "'" + format.getValue() + "' is not one of " + allowed;
        }
        if (e instanceof InvalidFormatException format && format.getOriginalMessage() != null
                && format.getOriginalMessage().startsWith(JsonInputRules.RULE_PREFIX)) {
            return format.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not a valid " + simpleName(format.getTargetType());
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return instantiation.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + describe(mismatch.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of the listed codes";
        }
        if (type.isArray() || List.class.isAssignableFrom(type) || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.getName().startsWith("java.time")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        return "an object";
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : describe(type).replaceFirst("^an? ", "");
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    /** The bean path after the method and its parameter: {@code lots[0].value.amount}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                if (node.getKind() == ElementKind.PARAMETER && !isBody(node)) {
                    path.append(node.getName());
                }
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static boolean isBody(Path.Node node) {
        // Resource methods name their body parameter "body" or "request"; other parameters are query/path.
        return "body".equals(node.getName()) || "request".equals(node.getName());
    }

    private static Response respond(int status, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
