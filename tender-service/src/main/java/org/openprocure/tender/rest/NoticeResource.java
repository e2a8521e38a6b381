package org.openprocure.tender.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.problem.QueryParams;
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
    public NoticeSummary.Page notices(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        int page = QueryParams.intBetween("page", pageParam, 0, 0, 100_000);
        int size = QueryParams.intBetween("size", sizeParam, 20, 1, 100);
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
