package org.openprocure.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocure.evaluation.domain.BidUnderEvaluation.AbnormallyLow;
import org.openprocure.evaluation.domain.Ranking.RankedBid;
import org.openprocure.evaluation.domain.Ranking.Status;

class RankingTest {

    static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    static BidUnderEvaluation bid(String id, String price, int minutesAfterNine) {
        return BidUnderEvaluation.qualified(id, "bidder-" + id, "lot-1", new BigDecimal(price),
                NINE.plusSeconds(60L * minutesAfterNine));
    }

    static List<String> order(Ranking ranking) {
        return ranking.ranked().stream().map(r -> r.bid().bidId()).toList();
    }

    @Nested
    class LowestPrice {

        @Test
        void aSingleQualifiedBidWins() {
            Ranking ranking = Ranking.lowestPrice(List.of(bid("A", "120000.00", 0)));

            assertEquals(Status.FINAL, ranking.status());
            RankedBid winner = ranking.winner().orElseThrow();
            assertEquals(1, winner.rank());
            assertEquals("A", winner.bid().bidId());
            assertNull(winner.total(), "under lowest price the price itself is the measure");
        }

        @Test
        void ranksByPriceCheapestFirst() {
            Ranking ranking = Ranking.lowestPrice(List.of(
                    bid("A", "120000.00", 0), bid("B", "95000.00", 5), bid("C", "101000.00", 10)));

            assertEquals(List.of("B", "C", "A"), order(ranking));
            assertEquals(List.of(1, 2, 3), ranking.ranked().stream().map(RankedBid::rank).toList());
        }

        @Test
        void anEqualPriceGoesToTheEarlierReceipt() {
            // 100000.0 and 100000.00 are the same price: compared by value, not by scale.
            Ranking ranking = Ranking.lowestPrice(List.of(
                    bid("late", "100000.00", 30), bid("early", "100000.0", 2), bid("dear", "100001", 0)));

            assertEquals(List.of("early", "late", "dear"), order(ranking));
        }

        @Test
        void disqualifiedBidsLeaveTheRanking() {
            BidUnderEvaluation cheapest = bid("A", "80000", 0).disqualified();
            Ranking ranking = Ranking.lowestPrice(List.of(cheapest, bid("B", "90000", 1)));

            assertEquals(List.of("B"), order(ranking));
            assertEquals(List.of(cheapest), ranking.excluded());
        }

        @Test
        void everyBidDisqualifiedMakesTheLotUnsuccessful() {
            Ranking ranking = Ranking.lowestPrice(List.of(
                    bid("A", "80000", 0).disqualified(), bid("B", "90000", 1).disqualified()));

            assertEquals(Status.UNSUCCESSFUL, ranking.status());
            assertEquals(List.of(), ranking.ranked());
            assertEquals(Optional.empty(), ranking.winner());
            assertEquals(2, ranking.excluded().size());
        }

        @Test
        void noBidAtAllIsUnsuccessfulToo() {
            assertEquals(Status.UNSUCCESSFUL, Ranking.lowestPrice(List.of()).status());
        }

        @Test
        void bidsForDifferentLotsAreNotRankedTogether() {
            BidUnderEvaluation otherLot = BidUnderEvaluation.qualified("Z", "bidder-Z", "lot-2",
                    new BigDecimal("1"), NINE);

            assertThrows(IllegalArgumentException.class,
                    () -> Ranking.lowestPrice(List.of(bid("A", "10", 0), otherLot)));
        }
    }

    @Nested
    class AbnormallyLowProcedure {

        // Mean of the others for C: (100000 + 110000) / 2 = 105000; 80 % of it is 84000; 60000 is below.
        final List<BidUnderEvaluation> opened = List.of(
                bid("A", "100000", 0), bid("B", "110000", 1), bid("C", "60000", 2));

        final List<BidUnderEvaluation> flagged = AbnormallyLowRule.DEFAULT.flag(opened, null);

        BidUnderEvaluation c() {
            return flagged.get(2);
        }

        @Test
        void aFlaggedBidIsRankedProvisionallyAndNoWinnerIsNamed() {
            assertEquals(AbnormallyLow.FLAGGED, c().abnormallyLow());

            Ranking ranking = Ranking.lowestPrice(flagged);

            assertEquals(Status.PROVISIONAL, ranking.status());
            assertEquals(List.of("C", "A", "B"), order(ranking));
            assertEquals(List.of("C"), ranking.awaitingDecision());
            IllegalStateException e = assertThrows(IllegalStateException.class, ranking::winner);
            assertTrue(e.getMessage().contains("abnormally low bid(s) [C]"), e.getMessage());
        }

        @Test
        void anAcceptedJustificationKeepsTheBidRanked() {
            BidUnderEvaluation accepted = c().justificationAccepted("Own quarry; transport costs shown in annex 3");

            Ranking ranking = Ranking.lowestPrice(List.of(flagged.get(0), flagged.get(1), accepted));

            assertEquals(Status.FINAL, ranking.status());
            assertEquals("C", ranking.winner().orElseThrow().bid().bidId());
            assertEquals("Own quarry; transport costs shown in annex 3", accepted.committeeReason());
        }

        @Test
        void aRejectedJustificationTakesTheBidOutOfTheRanking() {
            BidUnderEvaluation rejected = c().justificationRejected("Wages below the sector's collective agreement");

            Ranking ranking = Ranking.lowestPrice(List.of(flagged.get(0), flagged.get(1), rejected));

            assertEquals(Status.FINAL, ranking.status());
            assertEquals(List.of("A", "B"), order(ranking));
            assertEquals(List.of(1, 2), ranking.ranked().stream().map(RankedBid::rank).toList());
            assertEquals(List.of(rejected), ranking.excluded());
            assertEquals("A", ranking.winner().orElseThrow().bid().bidId());
        }

        @Test
        void theOnlyBidRejectedAsAbnormallyLowLeavesTheLotUnsuccessful() {
            BidUnderEvaluation only = bid("A", "40000", 0);
            List<BidUnderEvaluation> bids = AbnormallyLowRule.DEFAULT.flag(List.of(only), new BigDecimal("100000"));

            Ranking ranking = Ranking.lowestPrice(List.of(bids.get(0).justificationRejected("No justification sent")));

            assertEquals(Status.UNSUCCESSFUL, ranking.status());
        }

        @Test
        void theCommitteeMustGiveAReasonAndCanDecideOnlyOnce() {
            assertThrows(IllegalArgumentException.class, () -> c().justificationAccepted(" "));
            assertThrows(IllegalArgumentException.class, () -> c().justificationRejected(null));
            BidUnderEvaluation accepted = c().justificationAccepted("Costs shown");
            assertThrows(IllegalStateException.class, () -> accepted.justificationRejected("Changed our mind"));
            assertThrows(IllegalStateException.class, () -> opened.get(0).justificationAccepted("Never flagged"));
        }
    }

    @Nested
    class BestPriceQuality {

        // Price 70, quality 30 split into Technical merit (max 20) and Delivery plan (max 10).
        final List<Criterion> criteria = List.of(
                Criterion.price("Price", 70), Criterion.quality("Technical merit", 20),
                Criterion.quality("Delivery plan", 10));

        QualityScores scores(String... evaluators) {
            return new QualityScores(criteria, List.of(evaluators));
        }

        static BigDecimal n(String value) {
            return new BigDecimal(value);
        }

        @Test
        void weightsAndTwoEvaluatorsGiveTheExpectedNumbers() {
            BidUnderEvaluation a = bid("A", "100000.00", 0);
            BidUnderEvaluation b = bid("B", "110000.00", 5);
            QualityScores scores = scores("olena", "taras")
                    .score("olena", "A", "Technical merit", n("15")).score("olena", "A", "Delivery plan", n("8"))
                    .score("taras", "A", "Technical merit", n("12")).score("taras", "A", "Delivery plan", n("6"))
                    .score("olena", "B", "Technical merit", n("20")).score("olena", "B", "Delivery plan", n("10"))
                    .score("taras", "B", "Technical merit", n("17")).score("taras", "B", "Delivery plan", n("9"));

            Ranking ranking = Ranking.bestPriceQuality(List.of(a, b), criteria, scores);

            // A: price 70 × 100000 / 100000 = 70;
            //    Technical (15 + 12) / 2 = 13.5, Delivery (8 + 6) / 2 = 7, quality 20.5; total 90.5.
            // B: price 70 × 100000 / 110000 = 63.636363… → 63.6364;
            //    Technical (20 + 17) / 2 = 18.5, Delivery (10 + 9) / 2 = 9.5, quality 28;
            //    total 91.636363… → 91.6364. B's quality outweighs A's lower price.
            assertEquals(Status.FINAL, ranking.status());
            assertEquals(List.of("B", "A"), order(ranking));
            RankedBid first = ranking.ranked().get(0);
            assertEquals(n("63.6364"), first.priceScore());
            assertEquals(n("28.0000"), first.qualityScore());
            assertEquals(n("91.6364"), first.total());
            assertEquals(Map.of("Technical merit", n("18.5000"), "Delivery plan", n("9.5000")),
                    first.qualityByCriterion());
            RankedBid second = ranking.ranked().get(1);
            assertEquals(n("70.0000"), second.priceScore());
            assertEquals(n("20.5000"), second.qualityScore());
            assertEquals(n("90.5000"), second.total());
            assertEquals(2, second.rank());
            // Each evaluator's own scores stay on record next to the means.
            assertEquals(Optional.of(n("12")), scores.scoreOf("taras", "A", "Technical merit"));
        }

        @Test
        void aSingleBidTakesTheWholePriceWeight() {
            QualityScores scores = scores("olena")
                    .score("olena", "A", "Technical merit", n("7.5")).score("olena", "A", "Delivery plan", n("0"));

            RankedBid only = Ranking.bestPriceQuality(List.of(bid("A", "250000", 0)), criteria, scores)
                    .winner().orElseThrow();

            // 70 × 250000 / 250000 = 70; quality 7.5 + 0.
            assertEquals(n("70.0000"), only.priceScore());
            assertEquals(n("77.5000"), only.total());
        }

        @Test
        void anExactTieGoesToTheEarlierReceiptEvenThroughThirds() {
            List<Criterion> simple = List.of(Criterion.price("Price", 70), Criterion.quality("Quality", 30));
            BidUnderEvaluation late = bid("late", "100", 40);
            BidUnderEvaluation early = bid("early", "105", 10);
            QualityScores scores = new QualityScores(simple, List.of("e1", "e2", "e3"))
                    .score("e1", "late", "Quality", n("10")).score("e2", "late", "Quality", n("10"))
                    .score("e3", "late", "Quality", n("11"))
                    .score("e1", "early", "Quality", n("13")).score("e2", "early", "Quality", n("14"))
                    .score("e3", "early", "Quality", n("14"));

            Ranking ranking = Ranking.bestPriceQuality(List.of(late, early), simple, scores);

            // late:  price 70, quality 31 / 3 = 10.333…, total 241 / 3 = 80.333…
            // early: price 70 × 100 / 105 = 200 / 3 = 66.666…, quality 41 / 3 = 13.666…, total 241 / 3.
            // Exactly equal, so the earlier receipt ranks first.
            assertEquals(List.of("early", "late"), order(ranking));
            assertEquals(n("66.6667"), ranking.ranked().get(0).priceScore());
            assertEquals(n("13.6667"), ranking.ranked().get(0).qualityScore());
            assertEquals(n("80.3333"), ranking.ranked().get(0).total());
            assertEquals(n("80.3333"), ranking.ranked().get(1).total());
        }

        @Test
        void rankingIsOnExactTotalsNotOnRoundedOnes() {
            List<Criterion> simple = List.of(Criterion.price("Price", 70), Criterion.quality("Quality", 30));
            BidUnderEvaluation early = bid("early", "300000", 0);
            BidUnderEvaluation later = bid("later", "300001", 5);
            QualityScores scores = new QualityScores(simple, List.of("e1"))
                    .score("e1", "early", "Quality", n("10")).score("e1", "later", "Quality", n("10.0003"));

            Ranking ranking = Ranking.bestPriceQuality(List.of(early, later), simple, scores);

            // early: 70 + 10 = 80.
            // later: 70 × 300000 / 300001 = 69.999766667… plus 10.0003 = 80.000066667…, recorded 80.0001.
            // later is ahead by 0.000066667 although it was received later.
            assertEquals(List.of("later", "early"), order(ranking));
            assertEquals(n("80.0001"), ranking.ranked().get(0).total());
            assertEquals(n("80.0000"), ranking.ranked().get(1).total());
        }

        @Test
        void theLowestPriceIsTakenAmongRankedBidsOnly() {
            BidUnderEvaluation cheapButOut = bid("X", "50000", 0).disqualified();
            BidUnderEvaluation a = bid("A", "100000", 1);
            BidUnderEvaluation b = bid("B", "200000", 2);
            QualityScores scores = scores("olena")
                    .score("olena", "A", "Technical merit", n("10")).score("olena", "A", "Delivery plan", n("5"))
                    .score("olena", "B", "Technical merit", n("20")).score("olena", "B", "Delivery plan", n("10"));

            Ranking ranking = Ranking.bestPriceQuality(List.of(cheapButOut, a, b), criteria, scores);

            // Lowest ranked price 100000 (X is disqualified and needs no scores):
            // A 70 + 15 = 85; B 70 × 100000 / 200000 = 35, + 30 = 65.
            assertEquals(List.of("A", "B"), order(ranking));
            assertEquals(n("85.0000"), ranking.ranked().get(0).total());
            assertEquals(n("35.0000"), ranking.ranked().get(1).priceScore());
            assertEquals(List.of(cheapButOut), ranking.excluded());
        }

        @Test
        void aRejectedAbnormallyLowBidNoLongerSetsTheLowestPrice() {
            List<Criterion> simple = List.of(Criterion.price("Price", 70), Criterion.quality("Quality", 30));
            BidUnderEvaluation low = bid("low", "50000", 0).flaggedAbnormallyLow();
            BidUnderEvaluation a = bid("A", "100000", 1);
            QualityScores scores = new QualityScores(simple, List.of("e1"))
                    .score("e1", "low", "Quality", n("20")).score("e1", "A", "Quality", n("20"));

            Ranking provisional = Ranking.bestPriceQuality(List.of(low, a), simple, scores);
            // While flagged: low 70 + 20 = 90; A 70 × 50000 / 100000 = 35, + 20 = 55.
            assertEquals(Status.PROVISIONAL, provisional.status());
            assertEquals(n("55.0000"), provisional.ranked().get(1).total());

            Ranking decided = Ranking.bestPriceQuality(
                    List.of(low.justificationRejected("Price below cost of materials"), a), simple, scores);
            // After rejection A holds the lowest price: 70 + 20 = 90.
            assertEquals(Status.FINAL, decided.status());
            assertEquals(List.of("A"), order(decided));
            assertEquals(n("90.0000"), decided.ranked().get(0).total());
        }

        @Test
        void everyBidDisqualifiedIsUnsuccessfulWithoutAnyScores() {
            Ranking ranking = Ranking.bestPriceQuality(
                    List.of(bid("A", "100", 0).disqualified()), criteria, scores("olena"));

            assertEquals(Status.UNSUCCESSFUL, ranking.status());
            assertEquals(Optional.empty(), ranking.winner());
        }

        @Test
        void missingScoresStopTheRankingAndSayWhoAndWhat() {
            QualityScores scores = scores("olena", "taras")
                    .score("olena", "A", "Technical merit", n("15")).score("olena", "A", "Delivery plan", n("8"))
                    .score("taras", "A", "Technical merit", n("12"));

            QualityScores.IncompleteScoresException e = assertThrows(QualityScores.IncompleteScoresException.class,
                    () -> Ranking.bestPriceQuality(List.of(bid("A", "100", 0)), criteria, scores));

            assertEquals(List.of(new QualityScores.Missing("taras", "A", "Delivery plan")), e.missing());
            assertEquals("scores missing: taras has not scored Delivery plan of bid A", e.getMessage());
        }

        @Test
        void criteriaMustHaveOnePriceCriterionAndSumTo100() {
            BidUnderEvaluation a = bid("A", "100", 0);
            List<Criterion> noPrice = List.of(Criterion.quality("Quality", 100));
            List<Criterion> twoPrices = List.of(Criterion.price("Price", 50), Criterion.price("Running costs", 50));
            List<Criterion> sum90 = List.of(Criterion.price("Price", 60), Criterion.quality("Quality", 30));

            assertThrows(IllegalArgumentException.class,
                    () -> Ranking.bestPriceQuality(List.of(a), noPrice, new QualityScores(noPrice, List.of("e"))));
            assertThrows(IllegalArgumentException.class,
                    () -> Ranking.bestPriceQuality(List.of(a), twoPrices, new QualityScores(twoPrices, List.of("e"))));
            assertThrows(IllegalArgumentException.class,
                    () -> Ranking.bestPriceQuality(List.of(a), sum90, new QualityScores(sum90, List.of("e"))));
        }
    }
}
