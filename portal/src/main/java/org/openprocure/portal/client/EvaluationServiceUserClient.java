package org.openprocure.portal.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * evaluation-service on behalf of the signed-in user, with their access token: the officer names the
 * committee; members declare, qualify and score; the chair decides; a bidder reads its result, justifies
 * a price and complains. evaluation-service decides on the user's own role, organisation and seat.
 */
@RegisterRestClient(configKey = "evaluation-service-as-user")
@RegisterProvider(EvaluationProblemResponses.class)
@RegisterProvider(UserAccessToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface EvaluationServiceUserClient {

    @GET
    @Path("/evaluations/{ocid}")
    EvaluationOverview overview(@PathParam("ocid") String ocid);

    @GET
    @Path("/evaluations/mine")
    List<EvaluationOverview> mine();

    @PUT
    @Path("/evaluations/{ocid}/committee")
    @Consumes(MediaType.APPLICATION_JSON)
    void nameCommittee(@PathParam("ocid") String ocid, CommitteeRequest committee);

    @GET
    @Path("/evaluations/{ocid}/bidders")
    List<Bidder> bidders(@PathParam("ocid") String ocid);

    @PUT
    @Path("/evaluations/{ocid}/declarations/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    void declare(@PathParam("ocid") String ocid, DeclarationRequest declaration);

    @GET
    @Path("/evaluations/{ocid}/bids")
    List<EvaluatedBid> bids(@PathParam("ocid") String ocid);

    @PUT
    @Path("/evaluations/{ocid}/bids/{bidId}/lots/{lotId}/qualification")
    @Consumes(MediaType.APPLICATION_JSON)
    void qualify(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId, @PathParam("lotId") String lotId,
            QualificationRequest qualification);

    @PUT
    @Path("/evaluations/{ocid}/bids/{bidId}/scores/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    void score(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId, ScoresRequest scores);

    /** 403 until the caller has submitted its own scores of the bid. */
    @GET
    @Path("/evaluations/{ocid}/bids/{bidId}/scores")
    BidScores scores(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId);

    @GET
    @Path("/evaluations/{ocid}/lots/{lotId}/ranking")
    LotRanking ranking(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId);

    @POST
    @Path("/evaluations/{ocid}/lots/{lotId}/bids/{bidId}/justification-request")
    void requestJustification(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId,
            @PathParam("bidId") String bidId);

    @PUT
    @Path("/evaluations/{ocid}/lots/{lotId}/bids/{bidId}/justification")
    @Consumes(MediaType.APPLICATION_JSON)
    void justify(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId, @PathParam("bidId") String bidId,
            TextRequest justification);

    @POST
    @Path("/evaluations/{ocid}/lots/{lotId}/bids/{bidId}/justification-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    void decideJustification(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId,
            @PathParam("bidId") String bidId, JustificationDecision decision);

    /** Proposes the award, or with no ranked bid declares the lot unsuccessful; issues the evaluation report. */
    @POST
    @Path("/evaluations/{ocid}/lots/{lotId}/proposal")
    void propose(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId);

    @POST
    @Path("/evaluations/{ocid}/lots/{lotId}/complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    void complain(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId, TextRequest complaint);

    @POST
    @Path("/evaluations/{ocid}/lots/{lotId}/complaints/{number}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    void decideComplaint(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId,
            @PathParam("number") int number, ComplaintDecision decision);

    @POST
    @Path("/evaluations/{ocid}/lots/{lotId}/confirmation")
    void confirm(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId);

    /** 404 for a supplier without an opened bid on the tender. */
    @GET
    @Path("/evaluations/{ocid}/my-result")
    BidderResult myResult(@PathParam("ocid") String ocid);
}
