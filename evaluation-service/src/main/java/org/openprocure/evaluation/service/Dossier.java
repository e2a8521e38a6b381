package org.openprocure.evaluation.service;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openprocure.evaluation.CommitteeMember;
import org.openprocure.evaluation.Complaint;
import org.openprocure.evaluation.Declaration;
import org.openprocure.evaluation.Evaluation;
import org.openprocure.evaluation.LotAward;
import org.openprocure.evaluation.LotOutcome;
import org.openprocure.evaluation.PriceJustification;
import org.openprocure.evaluation.Qualification;
import org.openprocure.evaluation.QualityScore;
import org.openprocure.evaluation.domain.AbnormallyLowRule;
import org.openprocure.evaluation.domain.AwardStandstill;
import org.openprocure.evaluation.domain.BidUnderEvaluation;
import org.openprocure.evaluation.domain.Criterion;
import org.openprocure.evaluation.domain.QualityScores;
import org.openprocure.evaluation.domain.Ranking;
import org.openprocure.events.Money;
import org.openprocure.events.bid.BidsOpened;

/**
 * Everything on the record about one tender's evaluation, read in one go, and what follows from it:
 * the stage of each lot, who may score, and each lot's ranking by the domain rules.
 */
public final class Dossier {

    /** A lot's stages, as the API names them. */
    public static final String AWAITING_OPENING = "awaiting_opening";
    public static final String EVALUATING = "evaluating";
    public static final String STANDSTILL = "standstill";
    public static final String SUSPENDED = "suspended";
    public static final String AWARDED = "awarded";
    public static final String UNSUCCESSFUL = "unsuccessful";
    public static final String CANCELLED = "cancelled";

    public static final String PRICE_QUALITY = "ratedCriteria";

    /** A lot's ranking as it stands: {@code ranking} is null while {@code missing} names what is still to do. */
    public record LotRanking(String lotId, String method, String status, List<String> missing, Ranking ranking,
            List<BidUnderEvaluation> bids, Map<String, AbnormallyLowRule.Finding> findings) {

        public boolean incomplete() {
            return ranking == null;
        }
    }

    public final Evaluation evaluation;
    public final List<TenderTerms.Lot> lots;
    public final List<TenderTerms.Criterion> criteria;
    public final List<BidsOpened.Bid> bids;
    public final List<CommitteeMember> committee;
    public final Map<String, Declaration> declarations;
    public final Map<String, Qualification> qualifications;
    public final List<QualityScore> scores;
    public final List<PriceJustification> justifications;
    public final List<LotAward> awards;
    public final Map<String, List<Complaint>> complaints;
    public final Map<String, LotOutcome> outcomes;

    private Dossier(Evaluation evaluation) {
        String ocid = evaluation.ocid;
        this.evaluation = evaluation;
        this.lots = TenderTerms.lots(evaluation.lots);
        this.criteria = TenderTerms.criteria(evaluation.criteria);
        this.bids = evaluation.openedBids == null ? List.of()
                : TenderTerms.read(evaluation.openedBids, new TypeReference<List<BidsOpened.Bid>>() { }).stream()
                        .filter(BidsOpened.Bid::readable).toList();
        this.committee = CommitteeMember.of(ocid);
        this.declarations = Declaration.of(ocid).stream()
                .collect(Collectors.toMap(d -> d.key.username(), d -> d, (a, b) -> a, LinkedHashMap::new));
        this.qualifications = Qualification.latest(ocid);
        this.scores = QualityScore.of(ocid);
        this.justifications = PriceJustification.of(ocid);
        this.awards = LotAward.of(ocid);
        this.complaints = new LinkedHashMap<>();
        for (LotAward award : awards) {
            complaints.put(award.awardId, Complaint.of(award.awardId));
        }
        this.outcomes = new LinkedHashMap<>();
        LotOutcome.<LotOutcome>list("key.ocid", ocid).forEach(o -> outcomes.put(o.key.lotId(), o));
    }

    public static Optional<Dossier> load(String ocid) {
        Evaluation evaluation = Evaluation.findById(ocid);
        return Optional.ofNullable(evaluation).map(Dossier::new);
    }

    /** Reads the record again around an evaluation already loaded (and locked) by the caller. */
    public static Dossier of(Evaluation evaluation) {
        return new Dossier(evaluation);
    }

    public String ocid() {
        return evaluation.ocid;
    }

    public boolean priceQuality() {
        return PRICE_QUALITY.equals(evaluation.awardCriteria);
    }

    public String method() {
        return priceQuality() ? "bestPriceQuality" : "lowestPrice";
    }

    public boolean opened() {
        return evaluation.openedAt != null;
    }

    public List<TenderTerms.Criterion> qualityCriteria() {
        return priceQuality() ? criteria.stream().filter(TenderTerms.Criterion::quality).toList() : List.of();
    }

    public Optional<TenderTerms.Lot> lot(String lotId) {
        return lots.stream().filter(l -> l.id().equals(lotId)).findFirst();
    }

    public Optional<CommitteeMember> member(String username) {
        return committee.stream().filter(m -> m.username().equals(username)).findFirst();
    }

    public Optional<CommitteeMember> chair() {
        return committee.stream().filter(m -> m.chair).findFirst();
    }

    public String memberName(String username) {
        return member(username).map(m -> m.name).orElse(username);
    }

    public boolean declared(String username) {
        return declarations.containsKey(username);
    }

    public boolean recused(String username) {
        Declaration declaration = declarations.get(username);
        return declaration != null && declaration.recused;
    }

    /**
     * The members who score: every member not recused, in the committee's order. A member who has not yet
     * declared is still expected to score, so nobody sees the others' scores before them either.
     */
    public List<String> scoringMembers() {
        return committee.stream().map(CommitteeMember::username).filter(u -> !recused(u)).toList();
    }

    public Optional<BidsOpened.Bid> bid(String bidId) {
        return bids.stream().filter(b -> b.bidId().equals(bidId)).findFirst();
    }

    /** Every bidder of a readable bid, once, in the order of the opening record. */
    public Map<String, String> bidders() {
        Map<String, String> bidders = new LinkedHashMap<>();
        bids.forEach(b -> bidders.putIfAbsent(b.bidderId(), b.bidderName()));
        return bidders;
    }

    public String bidderName(String bidderId) {
        return bidders().getOrDefault(bidderId, bidderId);
    }

    public static Optional<BidsOpened.LotPrice> price(BidsOpened.Bid bid, String lotId) {
        return bid.lots().stream().filter(p -> p.lotId().equals(lotId)).findFirst();
    }

    public static Money money(BidsOpened.LotPrice price) {
        return new Money(price.amount(), price.currency());
    }

    /** The readable bids with a price for the lot. */
    public List<BidsOpened.Bid> bidsFor(String lotId) {
        return bids.stream().filter(b -> price(b, lotId).isPresent()).toList();
    }

    public Optional<Qualification> qualification(String bidId, String lotId) {
        return Optional.ofNullable(qualifications.get(bidId + "/" + lotId));
    }

    public Optional<PriceJustification> justification(String lotId, String bidId) {
        return justifications.stream().filter(j -> j.key.lotId().equals(lotId) && j.key.bidId().equals(bidId))
                .findFirst();
    }

    public List<QualityScore> scoresOf(String bidId) {
        return scores.stream().filter(s -> s.key.bidId().equals(bidId)).toList();
    }

    public boolean submitted(String username, String bidId) {
        return scores.stream().anyMatch(s -> s.key.bidId().equals(bidId) && s.key.username().equals(username));
    }

    public Optional<LotAward> latestAward(String lotId) {
        LotAward latest = null;
        for (LotAward award : awards) {
            if (award.lotId.equals(lotId)) {
                latest = award;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The award as the standstill rules see it, rebuilt from its recorded steps. */
    public AwardStandstill standstill(LotAward award) {
        List<AwardStandstill.Complaint> steps = complaints.getOrDefault(award.awardId, List.of()).stream()
                .map(c -> new AwardStandstill.Complaint(c.key.number(), c.complainantId, c.text, c.filedAt,
                        c.decision == null ? null : AwardStandstill.Decision.valueOf(c.decision.toUpperCase()),
                        c.reason, c.decidedAt))
                .toList();
        return AwardStandstill.replay(award.lotId, award.supplierId, award.proposedAt,
                java.time.Duration.parse(award.standstillPeriod), steps, award.confirmedAt, award.stopReason);
    }

    /** Where a lot stands, in the API's words. */
    public String lotStatus(String lotId) {
        Optional<LotAward> award = latestAward(lotId);
        if (award.isPresent() && "confirmed".equals(award.get().stage)) {
            return AWARDED;
        }
        if (lot(lotId).map(TenderTerms.Lot::cancelled).orElse(false)) {
            return CANCELLED;
        }
        // A lot declared unsuccessful stays so when the tender is cancelled afterwards.
        if (outcomes.containsKey(lotId)) {
            return UNSUCCESSFUL;
        }
        if (evaluation.status == Evaluation.Status.CANCELLED) {
            return CANCELLED;
        }
        if (award.isPresent()) {
            switch (award.get().stage) {
                case "standstill":
                    return STANDSTILL;
                case "suspended":
                    return SUSPENDED;
                case "stopped":
                    return CANCELLED;
                default:
                    break;
            }
        }
        return opened() ? EVALUATING : AWAITING_OPENING;
    }

    /** Whether every lot is awarded, unsuccessful or cancelled. */
    public boolean everyLotSettled() {
        return lots.stream().map(l -> lotStatus(l.id()))
                .allMatch(s -> s.equals(AWARDED) || s.equals(UNSUCCESSFUL) || s.equals(CANCELLED));
    }

    /** The domain's criteria of a best price-quality tender. */
    public List<Criterion> domainCriteria() {
        return criteria.stream().map(c -> new Criterion(c.name(), c.quality() ? Criterion.Type.QUALITY
                : Criterion.Type.PRICE, c.weight())).toList();
    }

    /**
     * The lot's ranking by the domain rules, or what is missing before there can be one: declarations,
     * qualification decisions, and under best price-quality every scoring member's scores of every
     * qualified bid.
     */
    public LotRanking rank(String lotId, AbnormallyLowRule rule) {
        List<String> missing = new ArrayList<>();
        List<BidsOpened.Bid> lotBids = bidsFor(lotId);
        if (!opened()) {
            missing.add("the bids are not opened yet");
        }
        if (committee.isEmpty()) {
            missing.add("no committee has been named");
        }
        if (!lotBids.isEmpty()) {
            committee.stream().filter(m -> !declared(m.username()))
                    .forEach(m -> missing.add(m.username() + " has not declared"));
        }
        List<BidUnderEvaluation> decided = new ArrayList<>();
        for (BidsOpened.Bid bid : lotBids) {
            Optional<Qualification> qualification = qualification(bid.bidId(), lotId);
            if (qualification.isEmpty()) {
                missing.add(bid.bidderName() + " is not qualified or disqualified");
                continue;
            }
            BidUnderEvaluation evaluated = BidUnderEvaluation.qualified(bid.bidId(), bid.bidderId(), lotId,
                    price(bid, lotId).orElseThrow().amount(), bid.receivedAt());
            if (!qualification.get().qualified) {
                evaluated = evaluated.disqualified();
            }
            Optional<PriceJustification> procedure = justification(lotId, bid.bidId());
            if (procedure.isPresent()) {
                evaluated = evaluated.flaggedAbnormallyLow();
                Boolean accepted = procedure.get().accepted;
                if (accepted != null) {
                    evaluated = accepted ? evaluated.justificationAccepted(procedure.get().decisionReason)
                            : evaluated.justificationRejected(procedure.get().decisionReason);
                }
            }
            decided.add(evaluated);
        }
        BigDecimal estimate = lot(lotId).map(TenderTerms.Lot::estimate).map(Money::amount).orElse(null);
        Map<String, AbnormallyLowRule.Finding> findings = new LinkedHashMap<>();
        rule.detect(decided, estimate).forEach(f -> findings.put(f.bidId(), f));
        List<BidUnderEvaluation> flagged = rule.flag(decided, estimate);

        List<String> scorers = scoringMembers();
        boolean anyRanked = flagged.stream().anyMatch(BidUnderEvaluation::isRanked);
        if (priceQuality() && anyRanked && missing.isEmpty()) {
            if (scorers.isEmpty()) {
                missing.add("no member may score: every member recused");
            }
            for (String scorer : scorers) {
                for (BidUnderEvaluation bid : flagged) {
                    if (bid.isRanked() && !submitted(scorer, bid.bidId())) {
                        missing.add(scorer + " has not scored " + bidderName(bid.bidderId()));
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            return new LotRanking(lotId, method(), "incomplete", missing, null, flagged, findings);
        }
        Ranking ranking;
        if (priceQuality() && anyRanked) {
            QualityScores quality = new QualityScores(domainCriteria(), scorers);
            for (QualityScore score : scores) {
                if (scorers.contains(score.key.username())) {
                    quality.score(score.key.username(), score.key.bidId(), score.key.criterion(), score.score);
                }
            }
            ranking = Ranking.bestPriceQuality(flagged, domainCriteria(), quality);
        } else {
            ranking = Ranking.lowestPrice(flagged);
        }
        return new LotRanking(lotId, method(), ranking.status().name().toLowerCase(), List.of(), ranking, flagged,
                findings);
    }
}
