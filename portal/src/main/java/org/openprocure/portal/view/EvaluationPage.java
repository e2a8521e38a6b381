package org.openprocure.portal.view;

import java.util.List;
import java.util.Set;

import org.openprocure.portal.client.Award;
import org.openprocure.portal.client.BidScores;
import org.openprocure.portal.client.Bidder;
import org.openprocure.portal.client.Criterion;
import org.openprocure.portal.client.EvaluatedBid;
import org.openprocure.portal.client.EvaluationOverview;
import org.openprocure.portal.client.EvaluationOverview.LotEvaluation;
import org.openprocure.portal.client.EvaluationOverview.Me;
import org.openprocure.portal.client.LotRanking;
import org.openprocure.portal.client.LotRanking.AbnormallyLowBid;
import org.openprocure.portal.client.Value;

/**
 * A committee member's page for one evaluation. Until the member has declared, only the declaration about
 * every bidder ({@code bidders}); a recused member sees only that; a declared member sees the bids with the
 * forms to qualify and score them, every lot's ranking, and — the chair — the decisions. A list is null
 * when evaluation-service could not give it; the rest of the page still shows.
 */
public record EvaluationPage(
        String ocid,
        EvaluationOverview overview,
        List<Bidder> bidders,
        List<BidView> bids,
        List<LotView> lots,
        String done,
        StepForms forms) {

    /** Lot stages in which the committee still evaluates, so the chair may propose. */
    private static final Set<String> EVALUATING = Set.of("evaluating");

    /** A bid with all members' scores of it, fetched once the reader has submitted its own. */
    public record BidView(EvaluatedBid bid, BidScores scores) {

        public boolean scored() {
            return bid.myScores() != null;
        }
    }

    /** A lot with its ranking as it stands (null when it could not be fetched). */
    public record LotView(LotEvaluation lot, LotRanking ranking) {
    }

    private Me me() {
        return overview.me() == null ? new Me(false, false, false, false) : overview.me();
    }

    public boolean member() {
        return me().member();
    }

    public boolean chair() {
        return me().member() && me().chair();
    }

    public boolean declared() {
        return me().declared();
    }

    public boolean recused() {
        return me().recused();
    }

    /** The declaration form: a member who has not declared yet, once the bids are opened. */
    public boolean mustDeclare() {
        return member() && !declared() && !recused();
    }

    /** Bids, scores and rankings: a declared member who has not recused. */
    public boolean evaluates() {
        return member() && declared() && !recused();
    }

    public String title() {
        return overview.title() == null ? ocid : overview.title();
    }

    public List<Criterion> qualityCriteria() {
        return overview.qualityCriteria();
    }

    public boolean scoring() {
        return overview.scored();
    }

    public String lotTitle(String lotId) {
        LotEvaluation lot = overview.lot(lotId);
        return lot == null ? lotId : lot.name();
    }

    /** The bid's price for a lot, or null when it did not bid for it. */
    public Value price(EvaluatedBid bid, String lotId) {
        return bid.lots().stream().filter(lot -> lot.lotId().equals(lotId)).map(EvaluatedBid.BidLot::price)
                .findFirst().orElse(null);
    }

    /** The target of a bid's qualification form for one lot. */
    public String target(String bidId, String lotId) {
        return bidId + ":" + lotId;
    }

    /** The target of a complaint's decision form. */
    public String complaintTarget(String lotId, Integer number) {
        return lotId + ":" + number;
    }

    public boolean canPropose(LotView view) {
        return chair() && view.lot().award() == null && EVALUATING.contains(view.lot().status());
    }

    public boolean canRequestJustification(AbnormallyLowBid bid) {
        return chair() && "flagged".equals(bid.stage());
    }

    public boolean canDecideJustification(AbnormallyLowBid bid) {
        return chair() && "justified".equals(bid.stage());
    }

    public boolean canDecideComplaint(Award.Complaint complaint) {
        return chair() && complaint.pending();
    }

    /**
     * During the standstill with no complaint pending; whether it has ended is evaluation-service's decision
     * by its own clock, so the chair is told when and the service refuses an early confirmation.
     */
    public boolean canConfirm(LotView view) {
        Award award = view.lot().award();
        return chair() && award != null && "standstill".equals(award.status())
                && award.complaints().stream().noneMatch(Award.Complaint::pending);
    }
}
