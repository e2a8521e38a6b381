package org.openprocure.bid.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.openprocure.bid.service.CommitteeDuties;
import org.openprocure.bid.service.OpeningCeremony;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/** The opening ceremony and, once the bids are open, the public opening record. */
@Path("/api/tenders/{ocid}/opening")
@Produces(MediaType.APPLICATION_JSON)
public class OpeningResource {

    public record CardRequest(@NotBlank @Size(max = 2000) String card) {
    }

    /** How far an opening has come; {@code record} once the bids are open. */
    public record ProgressView(String ocid, int sharesIn, int threshold, List<String> keyHolders, boolean opened,
            BidsOpened record) {
    }

    private final OpeningCeremony ceremony;
    private final CommitteeDuties duties;
    private final CurrentUser user;

    OpeningResource(OpeningCeremony ceremony, CommitteeDuties duties, CurrentUser user) {
        this.ceremony = ceremony;
        this.duties = duties;
        this.user = user;
    }

    /** A committee member hands in their key card; the k-th card opens the bids. */
    @POST
    @Path("/shares")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgressView handIn(@PathParam("ocid") String ocid, @NotNull @Valid CardRequest request) {
        OpeningCeremony.Progress progress = ceremony.handIn(ocid, request.card(), user);
        return new ProgressView(ocid, progress.sharesIn(), progress.threshold(), progress.keyHolders(),
                progress.record() != null, progress.record());
    }

    /** How far the opening has come, for the buyer's officers: cards in of those needed; no bid counts. */
    @GET
    @Path("/progress")
    @RolesAllowed("officer")
    public CommitteeDuties.Progress progress(@PathParam("ocid") String ocid) {
        return duties.progress(ocid, user);
    }

    /** The public opening record: every bid opened, with bidder, prices, receipt time and envelope hash. */
    @GET
    @PermitAll
    public BidsOpened record(@PathParam("ocid") String ocid) {
        return ceremony.record(ocid).orElseThrow(() -> ProblemException.notFound("The bids of " + ocid
                + " have not been opened."));
    }
}
