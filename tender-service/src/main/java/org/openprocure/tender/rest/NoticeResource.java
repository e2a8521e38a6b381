package org.openprocure.tender.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.tender.service.TenderService;

/** The public notice board: every published tender, for anyone, without login. */
@Path("/api/notices")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class NoticeResource {

    private final TenderService tenders;

    NoticeResource(TenderService tenders) {
        this.tenders = tenders;
    }

    @GET
    public NoticeSummary.Page notices(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return new NoticeSummary.Page(tenders.notices(page, size).stream().map(NoticeSummary::of).toList(), page, size,
                tenders.countNotices());
    }

    @GET
    @Path("/{ocid}")
    public TenderView notice(@PathParam("ocid") String ocid) {
        return tenders.notice(ocid).map(TenderView::of)
                .orElseThrow(() -> ProblemException.notFound("No notice " + ocid + "."));
    }
}
