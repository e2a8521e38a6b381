package org.openprocure.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.openprocure.evaluation.PriceJustification;
import org.openprocure.evaluation.config.EvaluationConfig;
import org.openprocure.evaluation.domain.AbnormallyLowRule;
import org.openprocure.evaluation.domain.BidUnderEvaluation;
import org.openprocure.events.EventTypes;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.evaluation.JustificationDecided;
import org.openprocure.events.evaluation.JustificationRequested;
import org.openprocure.events.evaluation.JustificationSubmitted;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/**
 * The abnormally-low-tender procedure: the chair asks the bidder of a bid the rule flags to justify its
 * price, the bidder answers once, and the chair accepts (the bid stays ranked) or rejects (it leaves).
 */
@ApplicationScoped
public class AbnormallyLowProcedure {

    private final EntityManager em;
    private final EventOutbox outbox;
    private final Clock clock;
    private final EvaluationConfig config;

    AbnormallyLowProcedure(EntityManager em, EventOutbox outbox, Clock clock, EvaluationConfig config) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public JustificationRequested request(String ocid, String lotId, String bidId, CurrentUser chair) {
        Dossier dossier = EvaluationAccess.forWriting(em, ocid, chair);
        EvaluationAccess.requireChair(dossier, chair);
        BidsOpened.Bid bid = bidOnLot(dossier, lotId, bidId);
        EvaluationAccess.requireOpened(dossier);
        EvaluationAccess.requireLotIn(dossier, lotId, Dossier.EVALUATING);
        if (dossier.justification(lotId, bidId).isPresent()) {
            throw ProblemException.conflict("Bid " + bidId + " was asked to justify its price for " + lotId
                    + " already.");
        }
        Dossier.LotRanking ranking = dossier.rank(lotId, config.abnormallyLowRule());
        if (dossier.bidsFor(lotId).stream().anyMatch(b -> dossier.qualification(b.bidId(), lotId).isEmpty())) {
            throw ProblemException.conflict("Qualify or disqualify every bid for " + lotId
                    + " first: whether a price is abnormally low depends on the other qualified bids.");
        }
        AbnormallyLowRule.Finding finding = ranking.findings().get(bidId);
        if (finding == null) {
            throw ProblemException.conflict("The price of bid " + bidId + " for " + lotId + " is not abnormally low"
                    + " by the rule (below " + config.abnormallyLow().shareOfMean() + " of the mean of the other"
                    + " qualified bids or " + config.abnormallyLow().shareOfEstimate() + " of the estimate).");
        }
        List<String> reasons = finding.reasons().stream().map(AbnormallyLowRule.Reason::toString).toList();
        PriceJustification procedure = new PriceJustification();
        procedure.key = new PriceJustification.Key(ocid, lotId, bidId);
        procedure.bidderId = bid.bidderId();
        procedure.reasons = TenderTerms.json(reasons);
        procedure.requestedAt = clock.instant();
        procedure.persist();
        JustificationRequested requested = new JustificationRequested(dossier.evaluation.tenderId, lotId, bidId,
                bid.bidderId(), Dossier.money(Dossier.price(bid, lotId).orElseThrow()), reasons);
        outbox.append(EventTypes.JUSTIFICATION_REQUESTED, ocid, dossier.evaluation.aggregateId,
                chair.actor("evaluator"), requested);
        return requested;
    }

    @Transactional
    public JustificationSubmitted justify(String ocid, String lotId, String bidId, Requests.Text request,
            CurrentUser supplier) {
        Dossier dossier = EvaluationAccess.forWriting(em, ocid, supplier);
        BidsOpened.Bid bid = bidOnLot(dossier, lotId, bidId);
        if (!supplier.hasRole("supplier") || !bid.bidderId().equals(supplier.organisation().orElse(null))) {
            throw ProblemException.forbidden("Only the bidder of bid " + bidId + " may justify its price.");
        }
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw ProblemException.badRequest("text", "say why the price is sound");
        }
        EvaluationAccess.requireOpened(dossier);
        EvaluationAccess.requireLotIn(dossier, lotId, Dossier.EVALUATING);
        PriceJustification procedure = dossier.justification(lotId, bidId).orElseThrow(() ->
                ProblemException.conflict("Nobody asked bid " + bidId + " to justify its price for " + lotId + "."));
        if (procedure.justifiedAt != null || procedure.accepted != null) {
            throw ProblemException.conflict("The price of bid " + bidId + " for " + lotId + " was justified at "
                    + procedure.justifiedAt + "; a justification is given once.");
        }
        procedure.justification = request.text().strip();
        procedure.justifiedAt = clock.instant();
        JustificationSubmitted submitted = new JustificationSubmitted(dossier.evaluation.tenderId, lotId, bidId,
                bid.bidderId(), procedure.justification);
        outbox.append(EventTypes.JUSTIFICATION_SUBMITTED, ocid, dossier.evaluation.aggregateId,
                supplier.actor("supplier"), submitted);
        return submitted;
    }

    @Transactional
    public JustificationDecided decide(String ocid, String lotId, String bidId, Requests.JustificationDecision request,
            CurrentUser chair) {
        Dossier dossier = EvaluationAccess.forWriting(em, ocid, chair);
        EvaluationAccess.requireChair(dossier, chair);
        BidsOpened.Bid bid = bidOnLot(dossier, lotId, bidId);
        if (request == null || request.accepted() == null) {
            throw ProblemException.badRequest("accepted", "say true (accepted) or false (rejected)");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.badRequest("reason", "a decision on a justification gives its reason");
        }
        EvaluationAccess.requireOpened(dossier);
        EvaluationAccess.requireLotIn(dossier, lotId, Dossier.EVALUATING);
        PriceJustification procedure = dossier.justification(lotId, bidId).orElseThrow(() ->
                ProblemException.conflict("Nobody asked bid " + bidId + " to justify its price for " + lotId + "."));
        if (procedure.accepted != null) {
            throw ProblemException.conflict("The justification of bid " + bidId + " was " + (procedure.accepted
                    ? "accepted" : "rejected") + " at " + procedure.decidedAt + ".");
        }
        if (request.accepted() && procedure.justification == null) {
            throw ProblemException.conflict("Bid " + bidId + " has not justified its price yet; a justification"
                    + " can be accepted only once given.");
        }
        BidUnderEvaluation flagged = dossier.rank(lotId, config.abnormallyLowRule()).bids().stream()
                .filter(b -> b.bidId().equals(bidId)).findFirst().orElseThrow();
        BidUnderEvaluation decided = request.accepted() ? flagged.justificationAccepted(request.reason())
                : flagged.justificationRejected(request.reason());
        procedure.accepted = request.accepted();
        procedure.decisionReason = decided.committeeReason();
        procedure.decidedAt = clock.instant();
        JustificationDecided event = new JustificationDecided(dossier.evaluation.tenderId, lotId, bidId,
                bid.bidderId(), procedure.accepted, procedure.decisionReason);
        outbox.append(EventTypes.JUSTIFICATION_DECIDED, ocid, dossier.evaluation.aggregateId,
                chair.actor("evaluator"), event);
        return event;
    }

    private static BidsOpened.Bid bidOnLot(Dossier dossier, String lotId, String bidId) {
        BidsOpened.Bid bid = BidAssessment.requireBid(dossier, bidId);
        if (dossier.lot(lotId).isEmpty() || Dossier.price(bid, lotId).isEmpty()) {
            throw ProblemException.notFound("Bid " + bidId + " makes no offer for lot " + lotId + ".");
        }
        return bid;
    }
}
