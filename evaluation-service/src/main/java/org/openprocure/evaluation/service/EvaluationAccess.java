package org.openprocure.evaluation.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.openprocure.evaluation.CommitteeMember;
import org.openprocure.evaluation.Evaluation;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/**
 * Who may see and do what in an evaluation. Officers and evaluators act only for the tender's buyer:
 * for anyone else its evaluation does not exist. Members read bids only once declared and not recused.
 */
final class EvaluationAccess {

    private EvaluationAccess() {
    }

    /** The evaluation as the caller may see it; 404 for officers and evaluators of another buyer. */
    static Dossier visible(String ocid, CurrentUser user) {
        Evaluation evaluation = Evaluation.findById(ocid);
        requireVisible(ocid, evaluation, user);
        return Dossier.of(evaluation);
    }

    /** The same, with the evaluation locked until the caller's transaction ends: writes of one tender queue. */
    static Dossier forWriting(EntityManager em, String ocid, CurrentUser user) {
        Evaluation evaluation = em.find(Evaluation.class, ocid, LockModeType.PESSIMISTIC_WRITE);
        requireVisible(ocid, evaluation, user);
        return Dossier.of(evaluation);
    }

    private static void requireVisible(String ocid, Evaluation evaluation, CurrentUser user) {
        boolean ofBuyer = evaluation != null && (user.hasRole("auditor") || user.hasRole("supplier")
                || evaluation.buyerId.equals(user.organisation().orElse(null)));
        if (!ofBuyer) {
            throw ProblemException.notFound("No evaluation for " + ocid + ".");
        }
    }

    static boolean isMember(Dossier dossier, CurrentUser user) {
        return user.hasRole("evaluator") && dossier.member(user.username()).isPresent();
    }

    static CommitteeMember requireMember(Dossier dossier, CurrentUser user) {
        if (!user.hasRole("evaluator")) {
            throw ProblemException.forbidden("Only members of the evaluation committee may do this.");
        }
        return dossier.member(user.username()).orElseThrow(() -> ProblemException.forbidden(
                user.username() + " is not on the evaluation committee of " + dossier.ocid() + "."));
    }

    static CommitteeMember requireChair(Dossier dossier, CurrentUser user) {
        CommitteeMember member = requireMember(dossier, user);
        if (!member.chair) {
            throw ProblemException.forbidden("Only the chair of the committee may do this; " + member.name
                    + " is a member.");
        }
        return member;
    }

    /** A member who may read and judge bids: declared, and not recused. */
    static CommitteeMember requireJudge(Dossier dossier, CurrentUser user) {
        CommitteeMember member = requireMember(dossier, user);
        if (!dossier.declared(member.username())) {
            throw ProblemException.forbidden(member.username() + " has not declared on conflicts of interest;"
                    + " bids are shown only after the declaration.");
        }
        if (dossier.recused(member.username())) {
            throw ProblemException.forbidden(member.username() + " declared a conflict of interest and is recused"
                    + " from this evaluation.");
        }
        return member;
    }

    /** Bid details: auditors, and members who may judge. */
    static void requireBidReader(Dossier dossier, CurrentUser user) {
        if (!user.hasRole("auditor")) {
            requireJudge(dossier, user);
        }
    }

    static void requireOfficer(CurrentUser user) {
        if (!user.hasRole("officer")) {
            throw ProblemException.forbidden("Only an officer of the buyer may do this.");
        }
    }

    /** Writes need a tender still under evaluation. */
    static void requireOpen(Dossier dossier) {
        Evaluation.Status status = dossier.evaluation.status;
        if (status == Evaluation.Status.CANCELLED) {
            throw ProblemException.conflict("Tender " + dossier.ocid() + " is cancelled.");
        }
        if (status == Evaluation.Status.CONCLUDED) {
            throw ProblemException.conflict("The evaluation of " + dossier.ocid() + " is concluded.");
        }
    }

    static void requireOpened(Dossier dossier) {
        requireOpen(dossier);
        if (!dossier.opened()) {
            throw ProblemException.conflict("The bids of " + dossier.ocid() + " are not opened yet (awaiting_opening).");
        }
    }

    /** A lot that exists and is in the given stage; 409 naming the stage it is in. */
    static TenderTerms.Lot requireLotIn(Dossier dossier, String lotId, String stage) {
        TenderTerms.Lot lot = dossier.lot(lotId).orElseThrow(() ->
                ProblemException.notFound("Tender " + dossier.ocid() + " has no lot " + lotId + "."));
        String status = dossier.lotStatus(lotId);
        if (!status.equals(stage)) {
            throw ProblemException.conflict("Lot " + lotId + " is " + status + "; this is possible only while it is "
                    + stage + ".");
        }
        return lot;
    }
}
