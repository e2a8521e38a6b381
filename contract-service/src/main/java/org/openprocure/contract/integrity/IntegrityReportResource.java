package org.openprocure.contract.integrity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.problem.QueryParams;
import org.openprocure.support.security.CurrentUser;

/**
 * The integrity channel. Anyone reports without logging in and follows up with the code the report
 * gave them (always in the body, never in a URL); auditors triage and answer. The anonymous endpoints
 * read nothing about the caller: no header, no address, no token.
 */
@Path("/api/integrity-reports")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrityReportResource {

    private static final String WRONG_CODE = "No report matches this follow-up code.";

    private final IntegrityReports reports;
    private final FloodGuard guard;
    private final CurrentUser user;

    IntegrityReportResource(IntegrityReports reports, FloodGuard guard, CurrentUser user) {
        this.reports = reports;
        this.guard = guard;
        this.user = user;
    }

    /** 201 with the reference and the follow-up code, which is shown this once. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(IntegrityRequests.NewReport body) {
        guard.take(FloodGuard.SUBMISSIONS);
        IntegrityViews.Receipt receipt = reports.submit(body);
        return Response.created(URI.create("/api/integrity-reports/" + receipt.reference()))
                .header("Cache-Control", "no-store").entity(receipt).build();
    }

    @POST
    @Path("follow-up")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response followUp(IntegrityRequests.FollowUp body) {
        String code = code(body == null ? null : body.code());
        FloodGuard.Permit guess = guard.take(FloodGuard.FAILED_FOLLOW_UPS);
        IntegrityViews.FollowUp view = reports.followUp(code).orElseThrow(() -> ProblemException.notFound(WRONG_CODE));
        guard.giveBack(guess);
        return Response.ok(view).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("follow-up/messages")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reporterMessage(IntegrityRequests.ReporterMessage body) {
        String code = code(body == null ? null : body.code());
        FloodGuard.Permit guess = guard.take(FloodGuard.FAILED_FOLLOW_UPS);
        if (!reports.opens(code)) {
            throw ProblemException.notFound(WRONG_CODE);
        }
        guard.giveBack(guess);
        guard.take(FloodGuard.SUBMISSIONS);
        IntegrityViews.FollowUp view = reports.reporterMessage(code, body.text())
                .orElseThrow(() -> ProblemException.notFound(WRONG_CODE));
        return Response.ok(view).header("Cache-Control", "no-store").build();
    }

    @GET
    @RolesAllowed("auditor")
    public IntegrityViews.Page inbox(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return reports.inbox(statuses(status), QueryParams.intBetween("page", page, 0, 0, 100_000),
                QueryParams.intBetween("size", size, 20, 1, 100));
    }

    @GET
    @Path("{reference}")
    @RolesAllowed("auditor")
    public IntegrityViews.Report report(@PathParam("reference") String reference) {
        return reports.report(reference);
    }

    @GET
    @Path("{reference}/attachments/{number}")
    @RolesAllowed("auditor")
    @Produces({"application/pdf", "text/plain", "application/problem+json"})
    public Response attachment(@PathParam("reference") String reference, @PathParam("number") String number) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Report " + reference + " has no attachment " + number + ".");
        }
        IntegrityAttachment attachment = reports.attachment(reference, n);
        String extension = AttachmentCheck.PDF.equals(attachment.mediaType) ? "pdf" : "txt";
        // sent from an unknown source: downloaded, never rendered in the auditor's session as the site's own
        return Response.ok(attachment.content, attachment.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + reference + "-attachment-" + n + "."
                        + extension + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{reference}/triage")
    @RolesAllowed("auditor")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntegrityViews.Report triage(@PathParam("reference") String reference, IntegrityRequests.Triage body) {
        return reports.triage(reference, body, user.actor("auditor").id());
    }

    @POST
    @Path("{reference}/replies")
    @RolesAllowed("auditor")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntegrityViews.Report reply(@PathParam("reference") String reference, IntegrityRequests.Reply body) {
        return reports.reply(reference, body, user.actor("auditor").id());
    }

    private static String code(String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.badRequest("code", "the follow-up code the report gave you");
        }
        return code;
    }

    private static Set<String> statuses(String value) {
        Set<String> statuses = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return statuses;
        }
        for (String status : value.split(",")) {
            String s = status.strip();
            if (!TriageRules.isStatus(s)) {
                throw ProblemException.badRequest("status", "'" + s + "' is not one of "
                        + String.join(", ", TriageRules.STATUSES));
            }
            statuses.add(s);
        }
        return statuses;
    }
}
