package org.openprocure.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.openprocure.evaluation.Evaluation;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/** The state of a tender's evaluation, for its buyer's officers, evaluators and auditors. */
@Path("/api/evaluations/{ocid}")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final CurrentUser user;

    EvaluationResource(CurrentUser user) {
        this.user = user;
    }

    /** An evaluation as the committee and auditors see it. */
    public record EvaluationView(String ocid, String tenderId, String buyerId, String title, String awardCriteria,
            int lotCount, Instant openingDate, String status, Instant openedAt, Integer bidCount) {
    }

    @GET
    @RolesAllowed({"officer", "evaluator", "auditor"})
    @Transactional
    public EvaluationView evaluation(@PathParam("ocid") String ocid) {
        Evaluation evaluation = Evaluation.findById(ocid);
        // Officers see only their own organisation's evaluations; for others the tender does not exist.
        if (evaluation == null || (!user.hasRole("auditor") && !user.hasRole("evaluator")
                && !evaluation.buyerId.equals(user.requireOrganisation()))) {
            throw ProblemException.notFound("No evaluation for " + ocid + ".");
        }
        return new EvaluationView(evaluation.ocid, evaluation.tenderId, evaluation.buyerId, evaluation.title,
                evaluation.awardCriteria, evaluation.lotCount, evaluation.openingDate,
                evaluation.status.name().toLowerCase(java.util.Locale.ROOT), evaluation.openedAt, evaluation.bidCount);
    }
}
