package org.openprocure.portal.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

import org.openprocure.portal.client.BidServiceException;
import org.openprocure.portal.client.ContractServiceException;
import org.openprocure.portal.client.EvaluationServiceException;
import org.openprocure.portal.client.Problem;
import org.openprocure.portal.client.TenderServiceException;
import org.openprocure.portal.i18n.AppMessages;
import org.openprocure.portal.i18n.RequestMessages;
import org.openprocure.portal.view.RequestLocale;

/**
 * Errors become pages in the portal's layout, never stack traces. A client that asks for
 * JSON rather than HTML gets an RFC 9457 problem document instead.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @Inject
    RequestLocale locale;

    @Inject
    RequestMessages messages;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers) {
        return page(Response.Status.NOT_FOUND, Templates.notFound(), headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return page(Response.Status.FORBIDDEN, Templates.forbidden(), headers);
    }

    /**
     * A refusal from tender-service that no form can show: an unknown tender or document is not found,
     * a step the user's role may not take is forbidden, anything else is the service's fault.
     */
    @ServerExceptionMapper
    public Response tenderServiceRefused(TenderServiceException e, HttpHeaders headers) {
        if (e.status() == 404) {
            return page(Response.Status.NOT_FOUND, Templates.notFound(), headers);
        }
        if (e.status() == 403) {
            return page(Response.Status.FORBIDDEN, Templates.forbidden(), headers);
        }
        return refusedByService("tender-service", e.status(), e.problem(), e.getMessage(), headers);
    }

    /**
     * A refusal from bid-service that no form can show: unknown is not found, not allowed is forbidden,
     * another refusal of what was sent keeps its status, anything else is the service's fault.
     */
    @ServerExceptionMapper
    public Response bidServiceRefused(BidServiceException e, HttpHeaders headers) {
        if (e.status() == 404) {
            return page(Response.Status.NOT_FOUND, Templates.notFound(), headers);
        }
        if (e.status() == 403) {
            return page(Response.Status.FORBIDDEN, Templates.forbidden(), headers);
        }
        return refusedByService("bid-service", e.status(), e.problem(), e.getMessage(), headers);
    }

    /**
     * A refusal from evaluation-service that no form can show: unknown is not found (also an evaluation the
     * user is not part of), not allowed is forbidden, anything else is the service's fault.
     */
    @ServerExceptionMapper
    public Response evaluationServiceRefused(EvaluationServiceException e, HttpHeaders headers) {
        if (e.status() == 404) {
            return page(Response.Status.NOT_FOUND, Templates.notFound(), headers);
        }
        if (e.status() == 403) {
            return page(Response.Status.FORBIDDEN, Templates.forbidden(), headers);
        }
        return refusedByService("evaluation-service", e.status(), e.problem(), e.getMessage(), headers);
    }

    /**
     * A refusal from contract-service that no form can show: an unknown contract or record is not found, not
     * allowed is forbidden, anything else is the service's fault.
     */
    @ServerExceptionMapper
    public Response contractServiceRefused(ContractServiceException e, HttpHeaders headers) {
        if (e.status() == 404) {
            return page(Response.Status.NOT_FOUND, Templates.notFound(), headers);
        }
        if (e.status() == 403) {
            return page(Response.Status.FORBIDDEN, Templates.forbidden(), headers);
        }
        return refusedByService("contract-service", e.status(), e.problem(), e.getMessage(), headers);
    }

    /** Keycloak cannot be reached: no login now, the rest of the portal works. */
    @ServerExceptionMapper
    public Response signInUnavailable(SignInUnavailableException e, HttpHeaders headers) {
        return Response.fromResponse(page(Response.Status.SERVICE_UNAVAILABLE, Templates.signInUnavailable(), headers))
                .header(HttpHeaders.RETRY_AFTER, "30").build();
    }

    /** tender-service could not be reached: a passing outage, not a bug of the portal. */
    @ServerExceptionMapper
    public Response tenderServiceUnreachable(ProcessingException e, HttpHeaders headers) {
        LOG.warnf("A service could not be reached: %s", e.toString());
        return page(Response.Status.SERVICE_UNAVAILABLE, Templates.error(), headers);
    }

    /** Other HTTP errors raised by the framework (400, 405, 406, 413, 415, …) keep their status and say why. */
    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, HttpHeaders headers) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        int code = status.getStatusCode();
        if (code == 404) {
            return page(status, Templates.notFound(), headers);
        }
        if (code >= 500) {
            LOG.error("Request failed", e);
            return page(status, Templates.error(), headers);
        }
        AppMessages text = messages.get();
        String reason = switch (code) {
            case 405 -> text.refusedMethod();
            case 413 -> text.refusedTooLarge();
            case 406, 415 -> text.refusedMediaType();
            default -> text.refusedMalformed();
        };
        return page(status, Templates.refused(reason), headers);
    }

    /**
     * A service's refusal that no form shows: a client's mistake (a 4xx other than 401) keeps its status and
     * shows the service's reason; anything else is the service's fault, a 502.
     */
    private Response refusedByService(String service, int code, Problem problem, String message,
            HttpHeaders headers) {
        LOG.warnf("%s refused a request: %s", service, message);
        if (code < 400 || code >= 500 || code == 401) {
            return page(Response.Status.BAD_GATEWAY, Templates.error(), headers);
        }
        String reason = problem == null || problem.detail() == null || problem.detail().isBlank()
                ? messages.get().refusedMalformed() : problem.detail();
        Response.StatusType status = Response.Status.fromStatusCode(code);
        return page(status == null ? Response.Status.BAD_REQUEST : status, Templates.refused(reason), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers) {
        if (whileReadingTheBody(e)) {
            // The framework's form and multipart readers fail with plain exceptions on a malformed body
            // (a stray %, a part never closed): the sender's mistake, not ours.
            LOG.debugf("a request body could not be read: %s", e.toString());
            return page(Response.Status.BAD_REQUEST, Templates.refused(messages.get().refusedMalformed()), headers);
        }
        LOG.error("Request failed", e);
        return page(Response.Status.INTERNAL_SERVER_ERROR, Templates.error(), headers);
    }

    private Response page(Response.StatusType status, TemplateInstance template, HttpHeaders headers) {
        if (wantsJson(headers.getAcceptableMediaTypes())) {
            return Response.status(status.getStatusCode())
                    .type(PROBLEM_JSON)
                    .entity(problem(status))
                    .build();
        }
        String html = template.setLocale(locale.get()).render();
        return Response.status(status.getStatusCode())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html)
                .build();
    }

    private static final List<String> BODY_READERS = List.of(
            "org.jboss.resteasy.reactive.server.handlers.RequestDeserializeHandler",
            "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler");

    /** Whether the exception was thrown while the framework read the request's body, before any resource ran. */
    static boolean whileReadingTheBody(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (BODY_READERS.contains(frame.getClassName())) {
                    return true;
                }
                if (frame.getClassName().startsWith("org.openprocure.")) {
                    return false;
                }
            }
        }
        return false;
    }

    /** JSON is what the client prefers, and HTML is not acceptable or ranks lower. */
    static boolean wantsJson(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return false;
            }
            String subtype = type.getSubtype();
            if ("application".equals(type.getType()) && ("json".equals(subtype) || subtype.endsWith("+json"))) {
                return true;
            }
        }
        return false;
    }

    private static String problem(Response.StatusType status) {
        // Reason phrases are fixed ASCII constants, so no JSON escaping is needed.
        String title = status.getReasonPhrase() == null ? "Error" : status.getReasonPhrase();
        return "{\"type\":\"about:blank\",\"title\":\"" + title
                + "\",\"status\":" + status.getStatusCode() + "}";
    }
}
