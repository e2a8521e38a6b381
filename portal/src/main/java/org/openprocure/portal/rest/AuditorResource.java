package org.openprocure.portal.rest;

import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

import org.openprocure.portal.client.Analytics;
import org.openprocure.portal.client.AnalyticsClient;
import org.openprocure.portal.client.ContractServiceException;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.i18n.AuditorMessages;
import org.openprocure.portal.i18n.RequestMessages;
import org.openprocure.portal.view.FormProblem;
import org.openprocure.portal.view.RequestLocale;
import org.openprocure.portal.view.auditor.AuditorDashboard;
import org.openprocure.portal.view.auditor.AuditorLists;
import org.openprocure.portal.view.auditor.AuditorQuery;
import org.openprocure.portal.view.auditor.Paging;
import org.openprocure.portal.view.auditor.RedFlagView;

/**
 * The auditor's pages over contract-service's analytics, called with the auditor's own token: the dashboard with its
 * charts, the drill-down lists (processes, red flags, award history with its CSV), one process with its verified
 * timeline, the profiles of a buyer and a supplier, and the audit report PDF. Filters the portal cannot use are
 * shown at the form with a 400 and never sent; a filter contract-service refuses is shown the same way.
 */
@Path("/auditor")
public class AuditorResource {

    private static final Logger LOG = Logger.getLogger(AuditorResource.class);

    static final List<String> PERIOD = List.of("buyer", "from", "to");
    static final List<String> PROCESS_FILTERS = List.of("buyer", "supplier", "cpv", "method", "status", "singleBid",
            "month", "page", "size");
    static final List<String> FLAG_FILTERS = List.of("code", "ocid", "buyer", "source", "page", "size");
    static final List<String> AWARD_FILTERS = List.of("buyer", "supplier", "cpv", "method", "from", "to", "minValue",
            "maxValue", "currency", "sort", "page", "size");

    @Inject
    @RestClient
    AnalyticsClient analytics;

    @Inject
    RequestLocale locale;

    @Inject
    RequestMessages messages;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed("auditor")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> dashboard() {
        AuditorQuery query = query("/auditor", PERIOD);
        if (query.problem() != null) {
            return page(400, AuditorTemplates.dashboard(AuditorDashboard.refused(query, query.problem())));
        }
        Analytics.Overview overview;
        try {
            overview = analytics.overview(query.text("buyer"), query.text("from"), query.text("to"));
        } catch (ContractServiceException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return page(400, AuditorTemplates.dashboard(AuditorDashboard.refused(query, FormProblem.of(refused.problem()))));
        }
        Analytics.FlagSummary flags = optional("red flag summary", () -> analytics.redFlagSummary(query.text("buyer")));
        return page(200, AuditorTemplates.dashboard(
                AuditorDashboard.of(query, overview, flags, locale.get(), auditorMessages())));
    }

    @GET
    @Path("processes")
    @RolesAllowed("auditor")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> processes() {
        AuditorQuery query = query("/auditor/processes", PROCESS_FILTERS);
        return list(query, q -> {
            Analytics.ProcessPage found = analytics.processes(q.text("buyer"), q.text("supplier"), q.text("cpv"),
                    q.text("method"), q.text("status"), q.flag("singleBid"), q.text("month"), q.page(), q.size());
            return AuditorTemplates.processes(new AuditorLists.Processes(q, found.items(), paging(q, found.total()), null));
        }, problem -> AuditorTemplates.processes(new AuditorLists.Processes(query, List.of(), paging(query, 0), problem)));
    }

    @GET
    @Path("processes/{ocid}")
    @RolesAllowed("auditor")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance process(@PathParam("ocid") String ocid) {
        Analytics.AuditedProcess process = analytics.process(ocid);
        Analytics.FlagPage flags = optional("red flags of " + ocid, () -> analytics.redFlags(null, ocid, null, null, 0, 100));
        List<RedFlagView> flagViews = flags == null ? List.of() : flags.items().stream().map(RedFlagView::of).toList();
        return AuditorTemplates.process(new AuditorLists.Process(process, flagViews, flags == null))
                .setLocale(locale.get());
    }

    @GET
    @Path("red-flags")
    @RolesAllowed("auditor")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> redFlags() {
        AuditorQuery query = query("/auditor/red-flags", FLAG_FILTERS);
        return list(query, q -> {
            Analytics.FlagPage found = analytics.redFlags(q.text("code"), q.text("ocid"), q.text("buyer"),
                    q.text("source"), q.page(), q.size());
            return AuditorTemplates.redFlags(new AuditorLists.RedFlags(q,
                    found.items().stream().map(RedFlagView::of).toList(), paging(q, found.total()), found.computedAt(),
                    null));
        }, problem -> AuditorTemplates.redFlags(
                new AuditorLists.RedFlags(query, List.of(), paging(query, 0), null, problem)));
    }

    @GET
    @Path("awards")
    @RolesAllowed("auditor")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> awards() {
        AuditorQuery query = query("/auditor/awards", AWARD_FILTERS);
        return list(query, q -> {
            Analytics.AwardPage found = analytics.awards(q.text("buyer"), q.text("supplier"), q.text("cpv"),
                    q.text("method"), q.text("from"), q.text("to"), q.text("minValue"), q.text("maxValue"),
                    q.text("currency"), q.text("sort"), q.page(), q.size());
            return AuditorTemplates.awards(new AuditorLists.Awards(q, found.items(), paging(q, found.total()), null));
        }, problem -> AuditorTemplates.awards(new AuditorLists.Awards(query, List.of(), paging(query, 0), problem)));
    }

    /** The award history as CSV with the same filters, passed through from contract-service. */
    @GET
    @Path("awards.csv")
    @RolesAllowed("auditor")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    public Response awardsCsv() {
        AuditorQuery q = query("/auditor/awards", AWARD_FILTERS);
        if (q.problem() != null) {
            return refusedDownload(AuditorTemplates.awards(new AuditorLists.Awards(q, List.of(), paging(q, 0), q.problem())));
        }
        RestResponse<InputStream> csv = analytics.awardsCsv(q.text("buyer"), q.text("supplier"), q.text("cpv"),
                q.text("method"), q.text("from"), q.text("to"), q.text("minValue"), q.text("maxValue"),
                q.text("currency"), q.text("sort"));
        return download(csv, "text/csv; charset=UTF-8", "awards.csv");
    }

    @GET
    @Path("buyers/{id}")
    @RolesAllowed("auditor")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance buyer(@PathParam("id") String buyerId) {
        return AuditorTemplates.buyer(analytics.buyer(buyerId)).setLocale(locale.get());
    }

    @GET
    @Path("suppliers/{id}")
    @RolesAllowed("auditor")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance supplier(@PathParam("id") String supplierId) {
        return AuditorTemplates.supplier(analytics.supplier(supplierId)).setLocale(locale.get());
    }

    /** The audit report for a buyer and period, passed through from contract-service. */
    @GET
    @Path("audit-report.pdf")
    @RolesAllowed("auditor")
    @Produces({TenderServiceClient.PDF, MediaType.TEXT_HTML})
    public Response auditReport() {
        AuditorQuery query = query("/auditor", PERIOD);
        if (query.problem() != null) {
            return refusedDownload(AuditorTemplates.dashboard(AuditorDashboard.refused(query, query.problem())));
        }
        try {
            return download(analytics.auditReport(query.text("buyer"), query.text("from"), query.text("to")),
                    TenderServiceClient.PDF, "audit-report.pdf");
        } catch (ContractServiceException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return refusedDownload(AuditorTemplates.dashboard(
                    AuditorDashboard.refused(query, FormProblem.of(refused.problem()))));
        }
    }

    private AuditorQuery query(String path, List<String> keys) {
        return AuditorQuery.of(path, uri.getQueryParameters(), keys, auditorMessages());
    }

    private AuditorMessages auditorMessages() {
        return messages.auditor();
    }

    private static Paging paging(AuditorQuery query, long total) {
        return new Paging(query, query.page(), query.size(), total);
    }

    /** A list page: refused filters and filters contract-service refuses (400) are shown at the form. */
    private RestResponse<String> list(AuditorQuery query, Function<AuditorQuery, TemplateInstance> fetch,
            Function<FormProblem, TemplateInstance> refusal) {
        if (query.problem() != null) {
            return page(400, refusal.apply(query.problem()));
        }
        try {
            return page(200, fetch.apply(query));
        } catch (ContractServiceException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return page(400, refusal.apply(FormProblem.of(refused.problem())));
        }
    }

    private RestResponse<String> page(int status, TemplateInstance template) {
        return Pages.html(status, template.setLocale(locale.get()));
    }

    private Response refusedDownload(TemplateInstance template) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(template.setLocale(locale.get()).render()).build();
    }

    /** A part of a page that may be missing: contract-service unreachable or failing leaves the rest standing. */
    private static <T> T optional(String what, java.util.function.Supplier<T> fetch) {
        try {
            return fetch.get();
        } catch (ProcessingException unreachable) {
            LOG.warnf("The %s could not be fetched: %s", what, unreachable.toString());
            return null;
        } catch (ContractServiceException refused) {
            if (refused.status() == 403) {
                throw refused;
            }
            LOG.warnf("The %s could not be fetched: %s", what, refused.getMessage());
            return null;
        }
    }

    /** A file from contract-service with its type; its own name for it when it gives one, and its digests. */
    private static Response download(RestResponse<InputStream> upstream, String type, String fileName) {
        Response.ResponseBuilder response = Response.ok(upstream.getEntity(), type);
        String disposition = upstream.getHeaderString(HttpHeaders.CONTENT_DISPOSITION);
        response.header(HttpHeaders.CONTENT_DISPOSITION,
                disposition != null ? disposition : "attachment; filename=\"" + fileName + "\"");
        for (String header : List.of("Digest", "Repr-Digest", HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED)) {
            String value = upstream.getHeaderString(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.header("X-Content-Type-Options", "nosniff").build();
    }
}
