package org.openprocure.evaluation.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.openprocure.evaluation.service.EvaluationReads;
import org.openprocure.evaluation.service.Views;

/** The public record of a tender's awards: outcomes per lot, evaluation reports and award notices. */
@Path("/api/awards")
@PermitAll
public class AwardResource {

    private final EvaluationReads reads;

    AwardResource(EvaluationReads reads) {
        this.reads = reads;
    }

    @GET
    @Path("/{ocid}")
    @Produces(MediaType.APPLICATION_JSON)
    public Views.PublicAwards awards(@PathParam("ocid") String ocid) {
        return reads.publicAwards(ocid);
    }

    @GET
    @Path("/{ocid}/lots/{lotId}/report.pdf")
    @Produces({"application/pdf", "application/problem+json"})
    public Response report(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId) {
        return pdf(reads.report(ocid, lotId));
    }

    @GET
    @Path("/{ocid}/lots/{lotId}/notice.pdf")
    @Produces({"application/pdf", "application/problem+json"})
    public Response notice(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId) {
        return pdf(reads.notice(ocid, lotId));
    }

    private static Response pdf(Views.Pdf pdf) {
        return Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"").build();
    }
}
