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
import org.openprocure.portal.client.TenderServiceException;
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
        LOG.warnf("tender-service refused a request: %s", e.getMessage());
        return page(Response.Status.BAD_GATEWAY, Templates.error(), headers);
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
        LOG.warnf("bid-service refused a request: %s", e.getMessage());
        Response.Status status = e.status() >= 400 && e.status() < 500 && e.status() != 401
                ? Response.Status.fromStatusCode(e.status()) : Response.Status.BAD_GATEWAY;
        return page(status == null ? Response.Status.BAD_REQUEST : status, Templates.error(), headers);
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
        LOG.warnf("evaluation-service refused a request: %s", e.getMessage());
        Response.Status status = e.status() >= 400 && e.status() < 500 && e.status() != 401
                ? Response.Status.fromStatusCode(e.status()) : Response.Status.BAD_GATEWAY;
        return page(status == null ? Response.Status.BAD_REQUEST : status, Templates.error(), headers);
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
        LOG.warnf("contract-service refused a request: %s", e.getMessage());
        Response.Status status = e.status() >= 400 && e.status() < 500 && e.status() != 401
                ? Response.Status.fromStatusCode(e.status()) : Response.Status.BAD_GATEWAY;
        return page(status == null ? Response.Status.BAD_REQUEST : status, Templates.error(), headers);
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

    /** Other HTTP errors raised by the framework (405, 406, 415, …) keep their status. */
    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, HttpHeaders headers) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() == 404) {
            return page(status, Templates.notFound(), headers);
        }
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", e);
        }
        return page(status, Templates.error(), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers) {
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
