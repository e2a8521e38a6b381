package org.openprocure.portal.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import org.openprocure.portal.client.ContractServiceException;
import org.openprocure.portal.client.IntegrityAuditorClient;
import org.openprocure.portal.client.IntegrityReports;
import org.openprocure.portal.client.Problem;
import org.openprocure.portal.i18n.IntegrityMessages;
import org.openprocure.portal.view.FormProblem;
import org.openprocure.portal.view.Forms;
import org.openprocure.portal.view.IntegrityPages;
import org.openprocure.portal.view.RequestLocale;

/**
 * The auditors' side of the integrity channel: the inbox filtered by status, one report with its attachments and
 * conversation, the triage and reply forms. Each form posts, then redirects back with {@code ?done=…}; a refusal
 * shows the report again with contract-service's reason at the form.
 */
@Path("/auditor/integrity-reports")
public class AuditorIntegrityResource {

    private static final Logger LOG = Logger.getLogger(AuditorIntegrityResource.class);
    private static final int PAGE_SIZE = 20;
    private static final List<String> DONE = List.of("triaged", "replied");

    @Inject
    @RestClient
    IntegrityAuditorClient asAuditor;

    @Inject
    RequestLocale locale;

    @GET
    @RolesAllowed("auditor")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> inbox(@QueryParam("status") String status, @QueryParam("page") String page) {
        String wanted = status != null && IntegrityPages.STATUSES.contains(status) ? status : null;
        int number = 0;
        try {
            number = page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            number = 0;
        }
        IntegrityReports.Inbox inbox = null;
        try {
            inbox = asAuditor.inbox(wanted, number, PAGE_SIZE);
        } catch (RuntimeException unavailable) {
            LOG.warnf("The integrity inbox could not be fetched: %s", unavailable.toString());
        }
        return Pages.html(200, IntegrityTemplates.auditorIntegrityReports(new IntegrityPages.Inbox(inbox, wanted,
                number, PAGE_SIZE, inbox == null)).setLocale(locale.get()));
    }

    /** An unknown report is the 404 page (see {@code ErrorPages}). */
    @GET
    @Path("{reference}")
    @RolesAllowed("auditor")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> report(@PathParam("reference") String reference, @QueryParam("done") String done) {
        return page(asAuditor.report(reference), done != null && DONE.contains(done) ? done : null, null, null, null,
                null, 200);
    }

    /** Passed through as a download, never shown inline: it comes from an unknown source. */
    @GET
    @Path("{reference}/attachments/{number}")
    @RolesAllowed("auditor")
    public Response attachment(@PathParam("reference") String reference, @PathParam("number") int number) {
        RestResponse<InputStream> file = asAuditor.attachment(reference, number);
        String type = file.getHeaderString("Content-Type");
        boolean pdf = type != null && type.startsWith("application/pdf");
        return Response.ok(file.getEntity(), pdf ? "application/pdf" : "text/plain; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + reference.replaceAll("[^A-Za-z0-9-]", "")
                        + "-attachment-" + number + (pdf ? ".pdf" : ".txt") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{reference}/triage")
    @RolesAllowed("auditor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> triage(@PathParam("reference") String reference, MultivaluedMap<String, String> form) {
        String status = Forms.text(form, "status");
        String note = Forms.text(form, "note");
        if (note == null) {
            return page(asAuditor.report(reference), null, "triage", FormProblem.local(List.of(
                    new Problem.FieldError("note", messages().required()))), note, null, 400);
        }
        try {
            asAuditor.triage(reference, new IntegrityReports.TriageRequest(status, note));
            return done(reference, "triaged");
        } catch (ContractServiceException refused) {
            if (!refused.userCanFix()) {
                throw refused;
            }
            return page(asAuditor.report(reference), null, "triage", FormProblem.of(refused.problem()), note, null,
                    refused.status());
        }
    }

    @POST
    @Path("{reference}/replies")
    @RolesAllowed("auditor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> reply(@PathParam("reference") String reference, MultivaluedMap<String, String> form) {
        String text = Forms.text(form, "text");
        if (text == null) {
            return page(asAuditor.report(reference), null, "reply", FormProblem.local(List.of(
                    new Problem.FieldError("text", messages().required()))), null, text, 400);
        }
        try {
            asAuditor.reply(reference, new IntegrityReports.Reply(text));
            return done(reference, "replied");
        } catch (ContractServiceException refused) {
            if (!refused.userCanFix()) {
                throw refused;
            }
            return page(asAuditor.report(reference), null, "reply", FormProblem.of(refused.problem()), null, text,
                    refused.status());
        }
    }

    private static RestResponse<String> done(String reference, String done) {
        URI location = UriBuilder.fromPath("/auditor/integrity-reports/{reference}").queryParam("done", done)
                .build(reference);
        return RestResponse.seeOther(location);
    }

    private RestResponse<String> page(IntegrityReports.Report report, String done, String form, FormProblem problem,
            String note, String text, int status) {
        return Pages.html(status, IntegrityTemplates.auditorIntegrityReport(new IntegrityPages.AuditorReport(report,
                done, form, problem, note, text)).setLocale(locale.get()));
    }

    private IntegrityMessages messages() {
        return MessageBundles.get(IntegrityMessages.class, Localized.Literal.of(locale.tag()));
    }
}
