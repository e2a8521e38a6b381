package org.openprocure.portal.rest;

import static org.openprocure.portal.rest.TenderFixtures.OCID;
import static org.openprocure.portal.rest.TenderFixtures.SHA;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.IntNode;

import org.openprocure.portal.client.Award;
import org.openprocure.portal.client.BidAnswer;
import org.openprocure.portal.client.BidScores;
import org.openprocure.portal.client.Bidder;
import org.openprocure.portal.client.BidderResult;
import org.openprocure.portal.client.Criterion;
import org.openprocure.portal.client.EvaluatedBid;
import org.openprocure.portal.client.EvaluationOverview;
import org.openprocure.portal.client.EvaluationOverview.LotEvaluation;
import org.openprocure.portal.client.EvaluationOverview.Me;
import org.openprocure.portal.client.EvaluationOverview.Member;
import org.openprocure.portal.client.LotRanking;
import org.openprocure.portal.client.OrganizationReference;
import org.openprocure.portal.client.PublicAwards;
import org.openprocure.portal.client.Value;

/** An evaluation as evaluation-service would return it, for the tender of {@link TenderFixtures}. */
final class EvaluationFixtures {

    static final String BID_ACME = "0b5e2c1a-4f3d-4e7a-9c2b-1d8e6f0a3b71";
    static final String BID_BOREK = "7c9d1e2f-3a4b-4c5d-8e6f-9a0b1c2d3e4f";
    static final String DOC_SHA = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
    static final Instant OPENED = Instant.parse("2026-12-30T12:31:04Z");
    static final Instant PROPOSED = Instant.parse("2027-01-08T09:00:00Z");
    static final Instant STANDSTILL_ENDS = Instant.parse("2027-01-18T09:00:00Z");
    static final Instant CONFIRMED = Instant.parse("2027-01-19T09:00:00Z");

    static final Me CHAIR = new Me(true, true, true, false);
    static final Me DECLARED = new Me(true, false, true, false);
    static final Me UNDECLARED = new Me(true, false, false, false);
    static final Me RECUSED = new Me(true, false, true, true);

    private EvaluationFixtures() {
    }

    static Value eur(String amount) {
        return new Value(new BigDecimal(amount), "EUR");
    }

    static List<Member> committee() {
        return List.of(new Member("evaluator.dana", "Dana Novák", true, true, false),
                new Member("evaluator.ines", "Inês Carvalho", false, true, true),
                new Member("evaluator.oleh", "Олег Шевченко", false, false, false));
    }

    static EvaluationOverview overview(Me me) {
        return overview(me, lot("lot-1", "Carriageway", "evaluating", null), lot("lot-2", "Pavements of Łódź Street",
                "evaluating", null));
    }

    static EvaluationOverview overview(Me me, LotEvaluation... lots) {
        return new EvaluationOverview(OCID, "5f0c2b8e-7d1a-4c55-9f3e-2a6b8d9e0c11", "buyer-northvale",
                "Northvale City Council", "Road resurfacing — Zieliński Street", "ratedCriteria", 2,
                Instant.parse("2026-12-30T12:30:00Z"), "bids_opened", OPENED, 2,
                List.of(new Criterion("Price", "price", new BigDecimal("60")),
                        new Criterion("Technical approach", "quality", new BigDecimal("40"))),
                committee(), me, List.of(lots));
    }

    static LotEvaluation lot(String lotId, String title, String status, Award award) {
        return new LotEvaluation(lotId, title, eur("100000.00"), status, award, null);
    }

    static Award award(String status, Award.Complaint... complaints) {
        return new Award("award-1", BID_BOREK, new OrganizationReference("supplier-borek", "Borek Stavby s.r.o."),
                eur("58200.00"), status, PROPOSED, STANDSTILL_ENDS, "confirmed".equals(status) ? CONFIRMED : null,
                List.of(complaints), null);
    }

    static Award.Complaint pendingComplaint() {
        return new Award.Complaint(1, new OrganizationReference("supplier-acme", "Acme Build Ltd"),
                "The winner's price cannot cover the asphalt alone.", Instant.parse("2027-01-10T10:00:00Z"), null, null,
                null);
    }

    static List<Bidder> bidders() {
        return List.of(new Bidder("supplier-acme", "Acme Build Ltd"),
                new Bidder("supplier-borek", "Borek Stavby s.r.o."));
    }

    static EvaluatedBid acme(EvaluatedBid.MyScores myScores) {
        return new EvaluatedBid(BID_ACME, "supplier-acme", "Acme Build Ltd", Instant.parse("2026-12-28T08:15:00Z"),
                SHA,
                List.of(new EvaluatedBid.BidLot("lot-1", eur("61800.00"), null)),
                List.of(new BidAnswer("Technical approach", "Two crews working at night, lanes kept open.")),
                List.of(new EvaluatedBid.Document("Technical offer", "offer.pdf", DOC_SHA)),
                myScores);
    }

    static EvaluatedBid borek() {
        return new EvaluatedBid(BID_BOREK, "supplier-borek", "Borek Stavby s.r.o.",
                Instant.parse("2026-12-29T09:00:00Z"), SHA,
                List.of(new EvaluatedBid.BidLot("lot-1", eur("58200.00"),
                        new EvaluatedBid.Qualification(true, "All certificates valid.", List.of(), "evaluator.dana",
                                Instant.parse("2027-01-05T10:00:00Z")))),
                List.of(), List.of(), null);
    }

    static EvaluatedBid.MyScores myScores() {
        return new EvaluatedBid.MyScores(Instant.parse("2027-01-06T10:00:00Z"),
                List.of(new EvaluatedBid.GivenScore("Technical approach", new BigDecimal("32.5"),
                        new BigDecimal("40"), "A careful phasing plan.")));
    }

    static BidScores waitingFor(int evaluators) {
        return new BidScores(false, IntNode.valueOf(evaluators), List.of(new BidScores.EvaluatorScore("evaluator.dana",
                "Dana Novák", "Technical approach", new BigDecimal("32.5"), new BigDecimal("40"),
                "A careful phasing plan.", Instant.parse("2027-01-06T10:00:00Z"))));
    }

    static BidScores allScored() {
        return new BidScores(true, IntNode.valueOf(0), List.of(
                new BidScores.EvaluatorScore("evaluator.dana", "Dana Novák", "Technical approach",
                        new BigDecimal("32.5"), new BigDecimal("40"), "A careful phasing plan.",
                        Instant.parse("2027-01-06T10:00:00Z")),
                new BidScores.EvaluatorScore("evaluator.oleh", "Олег Шевченко", "Technical approach",
                        new BigDecimal("28"), new BigDecimal("40"), "Night work is only sketched.",
                        Instant.parse("2027-01-07T10:00:00Z"))));
    }

    static LotRanking ranking(String lotId) {
        return new LotRanking(lotId, "bestPriceQuality", "provisional",
                List.of("evaluator.oleh has not scored Acme Build Ltd"),
                List.of(new LotRanking.RankedBid(1, BID_BOREK, "Borek Stavby s.r.o.", eur("58200.00"),
                        new BigDecimal("60.0000"), new BigDecimal("30.2500"), new BigDecimal("90.2500"),
                        Map.of("Technical approach", new BigDecimal("30.2500")), Instant.parse("2026-12-29T09:00:00Z"))),
                List.of(new LotRanking.ExcludedBid(BID_ACME, "Acme Build Ltd", eur("61800.00"),
                        "disqualified: the insurance certificate has expired")),
                List.of(new LotRanking.AbnormallyLowBid(BID_BOREK, "Borek Stavby s.r.o.", eur("58200.00"),
                        List.of("below 50 % of the lot's estimate"), "flagged", null, null, null, null)));
    }

    static LotRanking justifiedRanking(String lotId) {
        LotRanking flagged = ranking(lotId);
        return new LotRanking(lotId, flagged.method(), flagged.status(), flagged.missing(), flagged.ranked(),
                flagged.excluded(), List.of(new LotRanking.AbnormallyLowBid(BID_BOREK, "Borek Stavby s.r.o.",
                        eur("58200.00"), List.of("below 50 % of the lot's estimate"), "justified",
                        Instant.parse("2027-01-06T10:00:00Z"), "We own the asphalt plant next door.",
                        Instant.parse("2027-01-07T10:00:00Z"), null)));
    }

    static BidderResult disqualifiedResult() {
        return new BidderResult(OCID, "Road resurfacing — Zieliński Street", "supplier-acme", null, List.of(
                new BidderResult.LotResult("lot-1", "Carriageway", "standstill",
                        new BidderResult.Verdict(false, "The insurance certificate has expired."), null, 1, null,
                        award("standstill"), true)));
    }

    static BidderResult askedToJustify() {
        return new BidderResult(OCID, "Road resurfacing — Zieliński Street", "supplier-acme", null, List.of(
                new BidderResult.LotResult("lot-1", "Carriageway", "evaluating",
                        new BidderResult.Verdict(true, "All certificates valid."), 1, 2,
                        new BidderResult.AbnormallyLow(List.of("below 50 % of the lot's estimate"),
                                Instant.parse("2027-01-06T10:00:00Z"), null, null, null),
                        null, false)));
    }

    static PublicAwards confirmedAward() {
        return new PublicAwards(OCID, "Road resurfacing — Zieliński Street", "Northvale City Council", "concluded",
                List.of(new PublicAwards.PublicLot("lot-1", "Carriageway", "awarded",
                                new PublicAwards.PublicAward("award-1",
                                        new OrganizationReference("supplier-borek", "Borek Stavby s.r.o."),
                                        eur("58200.00"), "confirmed", PROPOSED, STANDSTILL_ENDS, CONFIRMED, 1),
                                null, "/api/awards/" + OCID + "/lots/lot-1/report.pdf",
                                "/api/awards/" + OCID + "/lots/lot-1/notice.pdf"),
                        new PublicAwards.PublicLot("lot-2", "Pavements of Łódź Street", "unsuccessful", null,
                                "No bid met the requirements.", "/api/awards/" + OCID + "/lots/lot-2/report.pdf",
                                null)));
    }
}
