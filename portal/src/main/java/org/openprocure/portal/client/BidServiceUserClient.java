package org.openprocure.portal.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * bid-service on behalf of the signed-in user, with their access token: a supplier's bids and
 * receipts, a committee member's key cards and openings. bid-service decides on the user's own role
 * and organisation. Bids carry the Idempotency-Key of the form they came from.
 */
@RegisterRestClient(configKey = "bid-service-as-user")
@RegisterProvider(BidProblemResponses.class)
@RegisterProvider(UserAccessToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface BidServiceUserClient {

    @POST
    @Path("/tenders/{ocid}/bids")
    @Consumes(MediaType.APPLICATION_JSON)
    Receipt submit(@PathParam("ocid") String ocid, @HeaderParam("Idempotency-Key") String idempotencyKey,
            BidOffer offer);

    @PUT
    @Path("/tenders/{ocid}/bids/{bidId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Receipt replace(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, BidOffer offer);

    @DELETE
    @Path("/tenders/{ocid}/bids/{bidId}")
    Receipt withdraw(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId,
            @HeaderParam("Idempotency-Key") String idempotencyKey);

    @GET
    @Path("/tenders/{ocid}/bids/mine")
    OwnBids ownBid(@PathParam("ocid") String ocid);

    @GET
    @Path("/bids/mine")
    List<OwnBids> ownBids();

    @GET
    @Path("/key-shares/mine")
    List<HeldShare> keyShares();

    /** A tender's key holders and who has collected their card (the buyer's officers). */
    @GET
    @Path("/tenders/{ocid}/key-shares")
    List<KeyHolder> keyHolders(@PathParam("ocid") String ocid);

    /** The key card, exactly once; afterwards 409. */
    @POST
    @Path("/tenders/{ocid}/key-shares/mine")
    KeyCard collectKeyCard(@PathParam("ocid") String ocid);

    @POST
    @Path("/tenders/{ocid}/opening/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    HandInResult handIn(@PathParam("ocid") String ocid, CardRequest card);

    @GET
    @Path("/tenders/{ocid}/opening/progress")
    OpeningProgress openingProgress(@PathParam("ocid") String ocid);
}
