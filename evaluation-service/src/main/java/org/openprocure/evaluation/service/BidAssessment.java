package org.openprocure.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openprocure.evaluation.CommitteeMember;
import org.openprocure.evaluation.Qualification;
import org.openprocure.evaluation.QualityScore;
import org.openprocure.evaluation.domain.QualityScores;
import org.openprocure.events.EventTypes;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.evaluation.QualificationDecided;
import org.openprocure.events.evaluation.QualityScoresSubmitted;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/** Members qualify each bid per lot and, under best price-quality, score each bid once. */
@ApplicationScoped
public class BidAssessment {

    private final EntityManager em;
    private final EventOutbox outbox;
    private final Clock clock;

    BidAssessment(EntityManager em, EventOutbox outbox, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public QualificationDecided qualify(String ocid, String bidId, String lotId, Requests.QualificationDecision request,
            CurrentUser evaluator) {
        Dossier dossier = EvaluationAccess.forWriting(em, ocid, evaluator);
        CommitteeMember member = EvaluationAccess.requireJudge(dossier, evaluator);
        BidsOpened.Bid bid = requireBid(dossier, bidId);
        if (dossier.lot(lotId).isEmpty() || Dossier.price(bid, lotId).isEmpty()) {
            throw ProblemException.notFound("Bid " + bidId + " makes no offer for lot " + lotId + ".");
        }
        if (request == null || request.qualified() == null) {
            throw ProblemException.badRequest("qualified", "say true (qualified) or false (disqualified)");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.badRequest("reason", "a qualification decision gives its reason");
        }
        List<QualificationDecided.Document> documents = new ArrayList<>();
        List<String> hashes = request.documents() == null ? List.of() : request.documents();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < hashes.size(); i++) {
            String sha256 = hashes.get(i);
            String at = "documents[" + i + "]";
            BidsOpened.Document document = bid.documents().stream().filter(d -> d.sha256().equals(sha256))
                    .findFirst().orElseThrow(() -> ProblemException.badRequest(at,
                            "not the SHA-256 of a document of bid " + bidId));
            if (seen.add(sha256)) {
                documents.add(new QualificationDecided.Document(document.title(), document.fileName(), sha256));
            }
        }
        EvaluationAccess.requireOpened(dossier);
        EvaluationAccess.requireLotIn(dossier, lotId, Dossier.EVALUATING);

        Qualification decision = new Qualification();
        decision.ocid = ocid;
        decision.bidId = bidId;
        decision.lotId = lotId;
        decision.qualified = request.qualified();
        decision.reason = request.reason().strip();
        decision.documents = TenderTerms.json(documents);
        decision.decidedBy = member.username();
        decision.decidedAt = clock.instant();
        decision.persist();
        QualificationDecided decided = new QualificationDecided(dossier.evaluation.tenderId, lotId, bidId,
                bid.bidderId(), bid.bidderName(), decision.qualified, decision.reason, documents, member.username());
        outbox.append(EventTypes.QUALIFICATION_DECIDED, ocid, dossier.evaluation.aggregateId,
                evaluator.actor("evaluator"), decided);
        return decided;
    }

    @Transactional
    public QualityScoresSubmitted score(String ocid, String bidId, Requests.Scores request, CurrentUser evaluator) {
        Dossier dossier = EvaluationAccess.forWriting(em, ocid, evaluator);
        CommitteeMember member = EvaluationAccess.requireJudge(dossier, evaluator);
        BidsOpened.Bid bid = requireBid(dossier, bidId);
        requirePriceQuality(dossier);
        List<QualityScoresSubmitted.Score> scores = validScores(dossier, member.username(), bidId, request);
        EvaluationAccess.requireOpened(dossier);
        boolean underEvaluation = bid.lots().stream()
                .anyMatch(p -> dossier.lotStatus(p.lotId()).equals(Dossier.EVALUATING));
        if (!underEvaluation) {
            throw ProblemException.conflict("No lot of bid " + bidId + " is under evaluation (" + bid.lots().stream()
                    .map(p -> p.lotId() + " " + dossier.lotStatus(p.lotId())).toList() + ").");
        }
        if (dossier.submitted(member.username(), bidId)) {
            throw ProblemException.conflict(member.username() + " submitted scores of bid " + bidId
                    + " already; scores are submitted once.");
        }
        Instant now = clock.instant();
        for (int i = 0; i < scores.size(); i++) {
            QualityScoresSubmitted.Score s = scores.get(i);
            QualityScore row = new QualityScore();
            row.key = new QualityScore.Key(ocid, bidId, member.username(), s.criterion());
            row.score = s.score();
            row.maximum = s.maximum();
            row.reason = s.reason();
            row.position = i;
            row.submittedAt = now;
            row.persist();
        }
        QualityScoresSubmitted submitted = new QualityScoresSubmitted(dossier.evaluation.tenderId, bidId,
                bid.bidderId(), member.username(), scores);
        outbox.append(EventTypes.QUALITY_SCORES_SUBMITTED, ocid, dossier.evaluation.aggregateId,
                evaluator.actor("evaluator"), submitted);
        return submitted;
    }

    /** Every quality criterion once, in the tender's order, each within range by the domain's rule. */
    private static List<QualityScoresSubmitted.Score> validScores(Dossier dossier, String evaluator, String bidId,
            Requests.Scores request) {
        List<TenderTerms.Criterion> quality = dossier.qualityCriteria();
        if (request == null || request.scores() == null || request.scores().isEmpty()) {
            throw ProblemException.badRequest("scores", "score every quality criterion: "
                    + quality.stream().map(TenderTerms.Criterion::name).toList());
        }
        QualityScores rule = new QualityScores(dossier.domainCriteria(), List.of(evaluator));
        Map<String, QualityScoresSubmitted.Score> given = new LinkedHashMap<>();
        for (int i = 0; i < request.scores().size(); i++) {
            Requests.Scores.Score s = request.scores().get(i);
            String at = "scores[" + i + "]";
            TenderTerms.Criterion criterion = s == null ? null : quality.stream()
                    .filter(c -> c.name().equals(s.criterion())).findFirst().orElse(null);
            if (criterion == null) {
                throw ProblemException.badRequest(at + ".criterion", "not a quality criterion of this tender; they are "
                        + quality.stream().map(TenderTerms.Criterion::name).toList());
            }
            if (given.containsKey(criterion.name())) {
                throw ProblemException.badRequest(at + ".criterion", criterion.name() + " is scored twice");
            }
            if (s.score() == null) {
                throw ProblemException.badRequest(at + ".score", "a score from 0 to " + criterion.weight());
            }
            if (s.score().stripTrailingZeros().scale() > 4) {
                throw ProblemException.badRequest(at + ".score", "at most 4 decimal places");
            }
            try {
                rule.score(evaluator, bidId, criterion.name(), s.score());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest(at + ".score", "must be 0 to " + criterion.weight() + ", was "
                        + s.score().toPlainString());
            }
            if (s.reason() == null || s.reason().isBlank()) {
                throw ProblemException.badRequest(at + ".reason", "every score gives its reason");
            }
            given.put(criterion.name(), new QualityScoresSubmitted.Score(criterion.name(), s.score(),
                    criterion.weight(), s.reason().strip()));
        }
        List<QualityScores.Missing> missing = rule.missing(List.of(bidId));
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("scores", "score every quality criterion; missing "
                    + missing.stream().map(QualityScores.Missing::criterion).toList());
        }
        return quality.stream().map(c -> given.get(c.name())).toList();
    }

    static BidsOpened.Bid requireBid(Dossier dossier, String bidId) {
        return dossier.bid(bidId).orElseThrow(() ->
                ProblemException.notFound("No readable opened bid " + bidId + " in " + dossier.ocid() + "."));
    }

    static void requirePriceQuality(Dossier dossier) {
        if (!dossier.priceQuality()) {
            throw ProblemException.conflict("Tender " + dossier.ocid() + " is awarded on price only ("
                    + dossier.evaluation.awardCriteria + "); its bids are not scored.");
        }
    }
}
