package org.openprocure.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.openprocure.evaluation.Complaint;
import org.openprocure.evaluation.LotAward;
import org.openprocure.evaluation.service.AbnormallyLowProcedure;
import org.openprocure.evaluation.service.AwardDecisions;
import org.openprocure.evaluation.service.BidAssessment;
import org.openprocure.evaluation.service.CommitteeAppointments;
import org.openprocure.evaluation.service.EvaluationReads;
import org.openprocure.evaluation.service.Requests;
import org.openprocure.evaluation.service.Views;
import org.openprocure.events.evaluation.CommitteeAssigned;
import org.openprocure.events.evaluation.ConflictOfInterestDeclared;
import org.openprocure.events.evaluation.JustificationDecided;
import org.openprocure.events.evaluation.JustificationRequested;
import org.openprocure.events.evaluation.JustificationSubmitted;
import org.openprocure.events.evaluation.QualificationDecided;
import org.openprocure.events.evaluation.QualityScoresSubmitted;
import org.openprocure.support.security.CurrentUser;

/**
 * A tender's evaluation: the committee, declarations, bids, qualification, scores, ranking, the
 * abnormally-low procedure, the award's proposal, complaints and confirmation, and a bidder's result.
 */
@Path("/api/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final CurrentUser user;
    private final EvaluationReads reads;
    private final CommitteeAppointments committee;
    private final BidAssessment assessment;
    private final AbnormallyLowProcedure abnormallyLow;
    private final AwardDecisions awards;

    EvaluationResource(CurrentUser user, EvaluationReads reads, CommitteeAppointments committee,
            BidAssessment assessment, AbnormallyLowProcedure abnormallyLow, AwardDecisions awards) {
        this.user = user;
        this.reads = reads;
        this.committee = committee;
        this.assessment = assessment;
        this.abnormallyLow = abnormallyLow;
        this.awards = awards;
    }

    @GET
    @Path("/mine")
    @RolesAllowed("evaluator")
    public List<Views.Evaluation> mine() {
        return reads.mine(user);
    }

    @GET
    @Path("/{ocid}")
    @RolesAllowed({"officer", "evaluator", "auditor"})
    public Views.Evaluation evaluation(@PathParam("ocid") String ocid) {
        return reads.overview(ocid, user);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{ocid}/committee")
    @RolesAllowed("officer")
    public List<CommitteeAssigned.Member> nameCommittee(@PathParam("ocid") String ocid, Requests.Committee request) {
        return committee.nameCommittee(ocid, request, user);
    }

    @GET
    @Path("/{ocid}/bidders")
    @RolesAllowed("evaluator")
    public List<Views.Bidder> bidders(@PathParam("ocid") String ocid) {
        return reads.bidders(ocid, user);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{ocid}/declarations/mine")
    @RolesAllowed("evaluator")
    public ConflictOfInterestDeclared declare(@PathParam("ocid") String ocid, Requests.Declarations request) {
        return committee.declare(ocid, request, user);
    }

    @GET
    @Path("/{ocid}/declarations")
    @RolesAllowed({"officer", "evaluator", "auditor"})
    public List<Views.MemberDeclaration> declarations(@PathParam("ocid") String ocid) {
        return reads.declarations(ocid, user);
    }

    @GET
    @Path("/{ocid}/bids")
    @RolesAllowed({"evaluator", "auditor"})
    public List<Views.Bid> bids(@PathParam("ocid") String ocid) {
        return reads.bids(ocid, user);
    }

    @GET
    @Path("/{ocid}/bids/{bidId}")
    @RolesAllowed({"evaluator", "auditor"})
    public Views.Bid bid(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId) {
        return reads.bid(ocid, bidId, user);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{ocid}/bids/{bidId}/lots/{lotId}/qualification")
    @RolesAllowed("evaluator")
    public QualificationDecided qualify(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId,
            @PathParam("lotId") String lotId, Requests.QualificationDecision request) {
        return assessment.qualify(ocid, bidId, lotId, request, user);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{ocid}/bids/{bidId}/scores/mine")
    @RolesAllowed("evaluator")
    public QualityScoresSubmitted score(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId,
            Requests.Scores request) {
        return assessment.score(ocid, bidId, request, user);
    }

    @GET
    @Path("/{ocid}/bids/{bidId}/scores")
    @RolesAllowed({"evaluator", "officer", "auditor"})
    public Views.Scores scores(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId) {
        return reads.scores(ocid, bidId, user);
    }

    @GET
    @Path("/{ocid}/lots/{lotId}/ranking")
    @RolesAllowed({"evaluator", "officer", "auditor"})
    public Views.Ranking ranking(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId) {
        return reads.ranking(ocid, lotId, user);
    }

    @POST
    @Path("/{ocid}/lots/{lotId}/bids/{bidId}/justification-request")
    @RolesAllowed("evaluator")
    public JustificationRequested requestJustification(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId,
            @PathParam("bidId") String bidId) {
        return abnormallyLow.request(ocid, lotId, bidId, user);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{ocid}/lots/{lotId}/bids/{bidId}/justification")
    @RolesAllowed("supplier")
    public JustificationSubmitted justify(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId,
            @PathParam("bidId") String bidId, Requests.Text request) {
        return abnormallyLow.justify(ocid, lotId, bidId, request, user);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{ocid}/lots/{lotId}/bids/{bidId}/justification-decision")
    @RolesAllowed("evaluator")
    public JustificationDecided decideJustification(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId,
            @PathParam("bidId") String bidId, Requests.JustificationDecision request) {
        return abnormallyLow.decide(ocid, lotId, bidId, request, user);
    }

    /** 201 with the award, or 200 with the lot when it is declared unsuccessful. */
    @POST
    @Path("/{ocid}/lots/{lotId}/proposal")
    @RolesAllowed("evaluator")
    public Response propose(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId) {
        AwardDecisions.Proposal proposal = awards.propose(ocid, lotId, user);
        Views.Lot lot = reads.overview(ocid, user).lots().stream().filter(l -> l.lotId().equals(lotId)).findFirst()
                .orElseThrow();
        if (proposal.award() == null) {
            return Response.ok(lot).build();
        }
        return Response.status(Response.Status.CREATED).entity(lot.award()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{ocid}/lots/{lotId}/complaints")
    @RolesAllowed("supplier")
    public Response complain(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId, Requests.Text request) {
        Complaint complaint = awards.complain(ocid, lotId, request, user);
        return Response.status(Response.Status.CREATED).entity(complaint(complaint)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{ocid}/lots/{lotId}/complaints/{number}/decision")
    @RolesAllowed("evaluator")
    public Views.Complaint decideComplaint(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId,
            @PathParam("number") int number, Requests.ComplaintDecision request) {
        return complaint(awards.decideComplaint(ocid, lotId, number, request, user));
    }

    @POST
    @Path("/{ocid}/lots/{lotId}/confirmation")
    @RolesAllowed("evaluator")
    public Views.Award confirm(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId) {
        LotAward award = awards.confirm(ocid, lotId, user);
        return reads.overview(ocid, user).lots().stream().filter(l -> l.lotId().equals(award.lotId)).findFirst()
                .orElseThrow().award();
    }

    @GET
    @Path("/{ocid}/my-result")
    @RolesAllowed("supplier")
    public Views.MyResult myResult(@PathParam("ocid") String ocid) {
        return reads.myResult(ocid, user);
    }

    private static Views.Complaint complaint(Complaint c) {
        return new Views.Complaint(c.key.number(), new org.openprocure.events.Organization(c.complainantId,
                c.complainantName), c.text, c.filedAt, c.decision, c.reason, c.decidedAt);
    }
}
