package org.openprocure.bid.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.openprocure.bid.service.CommitteeDuties;
import org.openprocure.support.security.CurrentUser;

/** A committee member's key shares across the tenders of their organisation. */
@Path("/api/key-shares")
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeResource {

    private final CommitteeDuties duties;
    private final CurrentUser user;

    CommitteeResource(CommitteeDuties duties, CurrentUser user) {
        this.duties = duties;
        this.user = user;
    }

    /** The caller's shares: which tender, whether the card was collected and handed in, whether it is open. */
    @GET
    @Path("/mine")
    @RolesAllowed("officer")
    public List<CommitteeDuties.HeldShare> mine() {
        return duties.sharesOf(user);
    }
}
