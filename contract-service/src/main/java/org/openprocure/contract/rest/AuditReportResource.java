package org.openprocure.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.openprocure.contract.flags.AuditReports;
import org.openprocure.support.problem.ProblemException;

/** The audit report PDF on one buyer over a period, for auditors. */
@Path("/api/analytics/audit-report")
public class AuditReportResource {

    /** The longest period one report covers, in days. */
    private static final long MAX_DAYS = 3660;

    private final AuditReports reports;

    AuditReportResource(AuditReports reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed("auditor")
    @Produces({"application/pdf", "application/problem+json"})
    public Response report(@QueryParam("buyer") String buyer, @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam) {
        String buyerId = RedFlagResource.organisation("buyer", buyer);
        if (buyerId == null) {
            throw ProblemException.badRequest("buyer", "the buyer's organisation id is required, e.g. buyer-northvale");
        }
        LocalDate from = date("from", fromParam);
        LocalDate to = date("to", toParam);
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "'" + toParam + "' is before from (" + from + ")");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ProblemException.badRequest("to", "a report covers at most " + MAX_DAYS + " days");
        }
        return Response.ok(reports.pdf(buyerId, from, to), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"audit-report-" + buyerId + "-" + from + "-" + to
                        + ".pdf\"")
                .build();
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(name, "a day is required, e.g. 2027-01-31");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "'" + value + "' is not a day (YYYY-MM-DD)");
        }
    }
}
