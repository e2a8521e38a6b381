package org.openprocure.bid.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.openprocure.bid.service.OwnBids;
import org.openprocure.support.security.CurrentUser;

/** A supplier's bids across tenders, with their receipts: what the supplier's "my bids" page lists. */
@Path("/api/bids")
@Produces(MediaType.APPLICATION_JSON)
public class OwnBidsResource {

    private final OwnBids ownBids;
    private final CurrentUser user;

    OwnBidsResource(OwnBids ownBids, CurrentUser user) {
        this.ownBids = ownBids;
        this.user = user;
    }

    /** Every tender the caller's organisation bid for, the one with the latest receipt first. */
    @GET
    @Path("/mine")
    @RolesAllowed("supplier")
    public List<BidResource.OwnBidsView> mine() {
        return ownBids.all(user).stream().map(BidResource.OwnBidsView::of).toList();
    }
}
