package org.openprocure.evaluation.service;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.openprocure.evaluation.CommitteeMember;
import org.openprocure.evaluation.Declaration;
import org.openprocure.evaluation.Evaluation;
import org.openprocure.evaluation.LotAward;
import org.openprocure.evaluation.LotOutcome;
import org.openprocure.evaluation.PriceJustification;
import org.openprocure.evaluation.QualityScore;
import org.openprocure.evaluation.config.EvaluationConfig;
import org.openprocure.evaluation.domain.AbnormallyLowRule;
import org.openprocure.evaluation.domain.BidUnderEvaluation;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/** Every read of the evaluation API, each as the caller may see it. */
@ApplicationScoped
public class EvaluationReads {

    private final EvaluationConfig config;
    private final Clock clock;

    EvaluationReads(EvaluationConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Views.Evaluation overview(String ocid, CurrentUser user) {
        return overview(EvaluationAccess.visible(ocid, user), user);
    }

    /** The evaluations whose committee the caller is on, for their own organisation. */
    @Transactional
    public List<Views.Evaluation> mine(CurrentUser evaluator) {
        String org = evaluator.requireOrganisation();
        List<String> ocids = CommitteeMember.<CommitteeMember>list("key.username", evaluator.username()).stream()
                .map(m -> m.key.ocid()).distinct().toList();
        List<Views.Evaluation> mine = new ArrayList<>();
        for (String ocid : ocids) {
            Evaluation evaluation = Evaluation.findById(ocid);
            if (evaluation != null && evaluation.buyerId.equals(org)) {
                mine.add(overview(Dossier.of(evaluation), evaluator));
            }
        }
        return mine;
    }

    private Views.Evaluation overview(Dossier dossier, CurrentUser user) {
        Evaluation e = dossier.evaluation;
        List<Views.Member> committee = dossier.committee.stream()
                .map(m -> new Views.Member(m.username(), m.name, m.chair, dossier.declared(m.username()),
                        dossier.recused(m.username())))
                .toList();
        Views.Me me = null;
        if (user.hasRole("evaluator")) {
            Optional<CommitteeMember> member = dossier.member(user.username());
            me = new Views.Me(member.isPresent(), member.map(m -> m.chair).orElse(false),
                    dossier.declared(user.username()), dossier.recused(user.username()));
        }
        List<Views.Lot> lots = dossier.lots.stream()
                .map(l -> new Views.Lot(l.id(), l.title(), l.estimate(), dossier.lotStatus(l.id()),
                        dossier.latestAward(l.id()).map(a -> award(dossier, a)).orElse(null),
                        Optional.ofNullable(dossier.outcomes.get(l.id())).map(o -> o.reason).orElse(null)))
                .toList();
        return new Views.Evaluation(e.ocid, e.tenderId, e.buyerId, e.buyerName, e.title, e.awardCriteria, e.lotCount,
                e.openingDate, e.status.name().toLowerCase(), e.openedAt, e.bidCount,
                dossier.criteria.stream().map(c -> new Views.Criterion(c.name(), c.type(), c.weight())).toList(),
                committee, me, lots);
    }

    private static Views.Award award(Dossier dossier, LotAward a) {
        return new Views.Award(a.awardId, a.bidId, new Organization(a.supplierId, a.supplierName),
                new Money(a.valueAmount, a.valueCurrency), Awards.status(a), a.proposedAt, a.standstillEnds,
                a.confirmedAt, complaints(dossier, a));
    }

    private static List<Views.Complaint> complaints(Dossier dossier, LotAward a) {
        return dossier.complaints.getOrDefault(a.awardId, List.of()).stream()
                .map(c -> new Views.Complaint(c.key.number(), new Organization(c.complainantId, c.complainantName),
                        c.text, c.filedAt, c.decision, c.reason, c.decidedAt))
                .toList();
    }

    @Transactional
    public List<Views.Bidder> bidders(String ocid, CurrentUser evaluator) {
        Dossier dossier = EvaluationAccess.visible(ocid, evaluator);
        EvaluationAccess.requireMember(dossier, evaluator);
        if (!dossier.opened()) {
            throw ProblemException.conflict("The bids of " + ocid + " are not opened yet (awaiting_opening).");
        }
        return dossier.bidders().entrySet().stream().map(b -> new Views.Bidder(b.getKey(), b.getValue())).toList();
    }

    @Transactional
    public List<Views.MemberDeclaration> declarations(String ocid, CurrentUser user) {
        Dossier dossier = EvaluationAccess.visible(ocid, user);
        if (user.hasRole("evaluator") && !user.hasRole("officer") && !user.hasRole("auditor")) {
            EvaluationAccess.requireMember(dossier, user);
        }
        List<Views.MemberDeclaration> all = new ArrayList<>();
        for (CommitteeMember member : dossier.committee) {
            Declaration d = dossier.declarations.get(member.username());
            if (d != null) {
                all.add(new Views.MemberDeclaration(member.username(), member.name, d.recused, d.declaredAt,
                        EvaluationReports.declarationsOf(d).stream().map(x -> new Views.BidderDeclaration(x.bidderId(),
                                x.bidderName(), x.conflictOfInterest(), x.statement())).toList()));
            }
        }
        return all;
    }

    @Transactional
    public List<Views.Bid> bids(String ocid, CurrentUser user) {
        Dossier dossier = EvaluationAccess.visible(ocid, user);
        EvaluationAccess.requireBidReader(dossier, user);
        return dossier.bids.stream().map(b -> bid(dossier, b, user)).toList();
    }

    @Transactional
    public Views.Bid bid(String ocid, String bidId, CurrentUser user) {
        Dossier dossier = EvaluationAccess.visible(ocid, user);
        EvaluationAccess.requireBidReader(dossier, user);
        return bid(dossier, BidAssessment.requireBid(dossier, bidId), user);
    }

    private static Views.Bid bid(Dossier dossier, BidsOpened.Bid b, CurrentUser user) {
        List<Views.BidLot> lots = b.lots().stream()
                .map(p -> new Views.BidLot(p.lotId(), Dossier.money(p), dossier.qualification(b.bidId(), p.lotId())
                        .map(q -> new Views.Qualification(q.qualified, q.reason, EvaluationReports.documentsOf(q)
                                .stream().map(d -> new Views.Document(d.title(), d.fileName(), d.sha256())).toList(),
                                q.decidedBy, q.decidedAt))
                        .orElse(null)))
                .toList();
        List<QualityScore> mine = dossier.scoresOf(b.bidId()).stream()
                .filter(s -> s.key.username().equals(user.username()) && user.hasRole("evaluator")).toList();
        Views.MyScores myScores = mine.isEmpty() ? null : new Views.MyScores(mine.get(0).submittedAt, mine.stream()
                .map(s -> new Views.ScoreLine(s.key.criterion(), s.score, s.maximum, s.reason)).toList());
        return new Views.Bid(b.bidId(), b.bidderId(), b.bidderName(), b.receivedAt(), b.envelopeSha256(), lots,
                b.answers().stream().map(a -> new Views.Answer(a.criterion(), a.text())).toList(),
                b.documents().stream().map(d -> new Views.Document(d.title(), d.fileName(), d.sha256())).toList(),
                myScores);
    }

    /**
     * A bid's scores: nobody reads another's before submitting their own, and until every scoring member
     * has submitted a member sees only their own; officers see them once complete, auditors as submitted.
     */
    @Transactional
    public Views.Scores scores(String ocid, String bidId, CurrentUser user) {
        Dossier dossier = EvaluationAccess.visible(ocid, user);
        boolean member = user.hasRole("evaluator");
        if (member) {
            EvaluationAccess.requireJudge(dossier, user);
        }
        BidAssessment.requireBid(dossier, bidId);
        BidAssessment.requirePriceQuality(dossier);
        List<String> waitingFor = dossier.scoringMembers().stream().filter(u -> !dossier.submitted(u, bidId)).toList();
        boolean complete = waitingFor.isEmpty();
        if (member && !dossier.submitted(user.username(), bidId)) {
            throw ProblemException.forbidden("Submit your own scores of bid " + bidId
                    + " before reading anyone's.");
        }
        Function<QualityScore, Boolean> shown;
        if (member) {
            shown = s -> complete || s.key.username().equals(user.username());
        } else if (user.hasRole("auditor")) {
            shown = s -> true;
        } else {
            shown = s -> complete;
        }
        List<Views.Score> scores = dossier.scoresOf(bidId).stream().filter(shown::apply)
                .map(s -> new Views.Score(s.key.username(), dossier.memberName(s.key.username()), s.key.criterion(),
                        s.score, s.maximum, s.reason, s.submittedAt))
                .toList();
        return new Views.Scores(complete, waitingFor, scores);
    }

    @Transactional
    public Views.Ranking ranking(String ocid, String lotId, CurrentUser user) {
        Dossier dossier = EvaluationAccess.visible(ocid, user);
        if (user.hasRole("evaluator")) {
            EvaluationAccess.requireJudge(dossier, user);
        }
        if (dossier.lot(lotId).isEmpty()) {
            throw ProblemException.notFound("Tender " + ocid + " has no lot " + lotId + ".");
        }
        return ranking(dossier, dossier.rank(lotId, config.abnormallyLowRule()));
    }

    private static Views.Ranking ranking(Dossier dossier, Dossier.LotRanking r) {
        List<Views.Ranked> ranked = r.incomplete() ? List.of() : r.ranking().ranked().stream()
                .map(x -> new Views.Ranked(x.rank(), x.bid().bidId(), dossier.bidderName(x.bid().bidderId()),
                        EvaluationReports.priceOf(dossier, x.bid()), x.priceScore(), x.qualityScore(), x.total(),
                        x.priceScore() == null ? null : x.qualityByCriterion(), x.bid().receivedAt()))
                .toList();
        List<Views.Excluded> excluded = r.bids().stream().filter(b -> !b.isRanked())
                .map(b -> new Views.Excluded(b.bidId(), dossier.bidderName(b.bidderId()),
                        EvaluationReports.priceOf(dossier, b), EvaluationReports.whyExcluded(dossier, b)))
                .toList();
        List<Views.AbnormallyLow> abnormallyLow = new ArrayList<>();
        for (BidUnderEvaluation b : r.bids()) {
            Optional<PriceJustification> procedure = dossier.justification(r.lotId(), b.bidId());
            AbnormallyLowRule.Finding finding = r.findings().get(b.bidId());
            if (procedure.isEmpty() && finding == null) {
                continue;
            }
            List<String> reasons = procedure.map(EvaluationReports::reasonsOf).orElseGet(() ->
                    finding.reasons().stream().map(AbnormallyLowRule.Reason::toString).toList());
            PriceJustification p = procedure.orElse(null);
            String stage = p == null ? "flagged" : p.accepted != null ? (p.accepted ? "accepted" : "rejected")
                    : p.justifiedAt != null ? "justified" : "requested";
            abnormallyLow.add(new Views.AbnormallyLow(b.bidId(), dossier.bidderName(b.bidderId()),
                    EvaluationReports.priceOf(dossier, b), reasons, stage, p == null ? null : p.requestedAt,
                    p == null ? null : p.justification, p == null ? null : p.justifiedAt,
                    p == null ? null : p.decisionReason));
        }
        return new Views.Ranking(r.lotId(), r.method(), r.status(), r.missing(), ranked, excluded, abnormallyLow);
    }

    /** A bidder's result per lot it bid on; qualification and rank once the lot has a proposal or outcome. */
    @Transactional
    public Views.MyResult myResult(String ocid, CurrentUser supplier) {
        Dossier dossier = Dossier.load(ocid).orElseThrow(() -> ProblemException.notFound("No evaluation for " + ocid
                + "."));
        String org = supplier.requireOrganisation();
        List<BidsOpened.Bid> mine = dossier.bids.stream().filter(b -> b.bidderId().equals(org)).toList();
        if (mine.isEmpty()) {
            throw ProblemException.notFound("No opened bid of " + org + " in " + ocid + ".");
        }
        List<Views.MyLot> lots = new ArrayList<>();
        for (TenderTerms.Lot lot : dossier.lots) {
            Optional<BidsOpened.Bid> bid = mine.stream().filter(b -> Dossier.price(b, lot.id()).isPresent())
                    .findFirst();
            if (bid.isEmpty()) {
                continue;
            }
            String bidId = bid.get().bidId();
            String status = dossier.lotStatus(lot.id());
            Optional<LotAward> award = dossier.latestAward(lot.id());
            boolean decided = award.isPresent() || dossier.outcomes.containsKey(lot.id());
            Views.MyQualification qualification = decided ? dossier.qualification(bidId, lot.id())
                    .map(q -> new Views.MyQualification(q.qualified, q.reason)).orElse(null) : null;
            List<AwardProposed.RankedBid> ranking = award.map(a -> TenderTerms.read(a.ranking,
                    new TypeReference<List<AwardProposed.RankedBid>>() { })).orElse(List.of());
            Integer rank = ranking.stream().filter(x -> x.bidId().equals(bidId)).map(AwardProposed.RankedBid::rank)
                    .findFirst().orElse(null);
            Views.MyAbnormallyLow abnormallyLow = dossier.justification(lot.id(), bidId)
                    .map(p -> new Views.MyAbnormallyLow(EvaluationReports.reasonsOf(p), p.requestedAt, p.justification,
                            p.accepted, p.decisionReason))
                    .orElse(null);
            Views.MyAward myAward = award.map(a -> new Views.MyAward(a.awardId, a.bidId,
                    new Organization(a.supplierId, a.supplierName), new Money(a.valueAmount, a.valueCurrency),
                    Awards.status(a), a.proposedAt, a.standstillEnds, a.confirmedAt, complaints(dossier, a),
                    a.supplierId.equals(org))).orElse(null);
            boolean canComplain = award.isPresent() && !award.get().supplierId.equals(org)
                    && (status.equals(Dossier.SUSPENDED) || status.equals(Dossier.STANDSTILL)
                            && clock.instant().isBefore(award.get().standstillEnds));
            lots.add(new Views.MyLot(lot.id(), lot.title(), status, qualification, decided ? rank : null,
                    decided ? ranking.size() : 0, abnormallyLow, myAward, canComplain));
        }
        // one current bid per organisation: the one that was opened
        return new Views.MyResult(ocid, dossier.evaluation.title, org, mine.get(0).bidId(), lots);
    }

    @Transactional
    public Views.PublicAwards publicAwards(String ocid) {
        Dossier dossier = Dossier.load(ocid).orElseThrow(() -> ProblemException.notFound("No evaluation for " + ocid
                + "."));
        List<Views.PublicLot> lots = dossier.lots.stream().map(l -> {
            Optional<LotAward> award = dossier.latestAward(l.id());
            LotOutcome outcome = dossier.outcomes.get(l.id());
            String base = "/api/awards/" + ocid + "/lots/" + l.id();
            boolean report = outcome != null || award.isPresent();
            boolean notice = award.map(a -> a.noticeSha256 != null).orElse(false);
            return new Views.PublicLot(l.id(), l.title(), dossier.lotStatus(l.id()), award.map(a ->
                    new Views.PublicAward(a.awardId, new Organization(a.supplierId, a.supplierName),
                            new Money(a.valueAmount, a.valueCurrency), Awards.status(a), a.proposedAt,
                            a.standstillEnds, a.confirmedAt,
                            dossier.complaints.getOrDefault(a.awardId, List.of()).size())).orElse(null),
                    outcome == null ? null : outcome.reason, report ? base + "/report.pdf" : null,
                    notice ? base + "/notice.pdf" : null);
        }).toList();
        return new Views.PublicAwards(ocid, dossier.evaluation.title, dossier.evaluation.buyerName,
                dossier.evaluation.status.name().toLowerCase(), lots);
    }

    /** The evaluation report of the lot's latest proposal or unsuccessful declaration. */
    @Transactional
    public Views.Pdf report(String ocid, String lotId) {
        LotOutcome outcome = LotOutcome.findById(new LotOutcome.Key(ocid, lotId));
        Optional<LotAward> award = LotAward.latest(ocid, lotId);
        byte[] pdf;
        // A lot declared unsuccessful has no proposal after the declaration: its report is the latest.
        if (outcome != null) {
            pdf = outcome.reportPdf;
        } else {
            pdf = award.map(a -> a.reportPdf).orElseThrow(() -> ProblemException.notFound(
                    "No evaluation report of " + ocid + " " + lotId + " yet: it is issued with the proposal."));
        }
        return new Views.Pdf("evaluation-report-" + ocid + "-" + lotId + ".pdf", pdf);
    }

    @Transactional
    public Views.Pdf notice(String ocid, String lotId) {
        byte[] pdf = LotAward.latest(ocid, lotId).map(a -> a.noticePdf).orElseThrow(() -> ProblemException.notFound(
                "No award notice of " + ocid + " " + lotId + " yet: it is issued when the award is confirmed."));
        return new Views.Pdf("award-notice-" + ocid + "-" + lotId + ".pdf", pdf);
    }
}
