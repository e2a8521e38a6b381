package org.openprocure.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openprocure.evaluation.domain.AbnormallyLowRule.Finding;
import org.openprocure.evaluation.domain.AbnormallyLowRule.Reason;
import org.openprocure.evaluation.domain.AbnormallyLowRule.Threshold;
import org.openprocure.evaluation.domain.BidUnderEvaluation.AbnormallyLow;

class AbnormallyLowRuleTest {

    static final AbnormallyLowRule RULE = AbnormallyLowRule.DEFAULT;

    static BidUnderEvaluation bid(String id, String price) {
        return BidUnderEvaluation.qualified(id, "bidder-" + id, "lot-1", new BigDecimal(price),
                Instant.parse("2026-03-02T09:00:00Z"));
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theDefaultsAre80PercentOfTheOthersMeanAnd50PercentOfTheEstimate() {
        assertEquals(n("0.80"), RULE.shareOfMean());
        assertEquals(n("0.50"), RULE.shareOfEstimate());
    }

    @Test
    void withTwoBidsTheOtherBidIsTheMean() {
        // B: the other's mean is 100000, 80 % is 80000, 70000 is below. A: 80 % of 70000 is 56000, not below.
        List<Finding> findings = RULE.detect(List.of(bid("A", "100000"), bid("B", "70000")), null);

        assertEquals(List.of(new Finding("B", List.of(new Reason(Threshold.MEAN_OF_OTHERS, n("70000"),
                n("100000.00"), n("0.80"), n("80000.00"))))), findings);
        assertEquals("price 70000 is below 80 % of the mean of the other qualified bids 100000.00 (80000.00)",
                findings.get(0).reasons().get(0).toString());
    }

    @Test
    void aPriceExactlyAtTheThresholdIsNotFlagged() {
        assertEquals(List.of(), RULE.detect(List.of(bid("A", "100000"), bid("B", "80000.00")), null));
        assertEquals(1, RULE.detect(List.of(bid("A", "100000"), bid("B", "79999.99")), null).size());
    }

    @Test
    void withThreeBidsEachIsComparedWithTheMeanOfTheOtherTwo() {
        // C: others (100000 + 120000) / 2 = 110000, 80 % = 88000; 85000 is below.
        //    (Against the mean of all three, 101666.67 × 80 % = 81333.33, it would not be.)
        // A: others (120000 + 85000) / 2 = 102500, 80 % = 82000; 100000 is not below.
        // B: others (100000 + 85000) / 2 = 92500, 80 % = 74000; 120000 is not below.
        List<Finding> findings = RULE.detect(
                List.of(bid("A", "100000"), bid("B", "120000"), bid("C", "85000")), null);

        assertEquals(List.of(new Finding("C", List.of(new Reason(Threshold.MEAN_OF_OTHERS, n("85000"),
                n("110000.00"), n("0.80"), n("88000.00"))))), findings);
    }

    @Test
    void disqualifiedBidsDoNotCountInTheMean() {
        // Counting D, A's others would average (70000 + 300000) / 2 = 185000 and A would be flagged (< 148000).
        List<BidUnderEvaluation> bids = List.of(
                bid("A", "100000"), bid("B", "70000"), bid("D", "300000").disqualified());

        assertEquals(List.of("B"), RULE.detect(bids, null).stream().map(Finding::bidId).toList());
    }

    @Test
    void aLoneBidHasNoOthersSoOnlyTheEstimateApplies() {
        assertEquals(List.of(), RULE.detect(List.of(bid("A", "1")), null));

        List<Finding> findings = RULE.detect(List.of(bid("A", "49000")), n("100000"));

        // 50 % of 100000 is 50000; 49000 is below.
        assertEquals(List.of(new Finding("A", List.of(new Reason(Threshold.ESTIMATE, n("49000"), n("100000"),
                n("0.50"), n("50000.00"))))), findings);
        assertEquals("price 49000 is below 50 % of the estimate 100000 (50000.00)",
                findings.get(0).reasons().get(0).toString());
    }

    @Test
    void theEstimateRuleFlagsOnlyStrictlyBelowHalf() {
        assertEquals(List.of(), RULE.detect(List.of(bid("A", "50000")), n("100000")));
        assertEquals(List.of(), RULE.detect(List.of(bid("A", "50000.01")), n("100000.00")));
    }

    @Test
    void aBidBelowBothThresholdsGivesBothReasons() {
        List<Finding> findings = RULE.detect(List.of(bid("A", "100000"), bid("B", "40000")), n("90000"));

        assertEquals(List.of(Threshold.MEAN_OF_OTHERS, Threshold.ESTIMATE),
                findings.get(0).reasons().stream().map(Reason::rule).toList());
    }

    @Test
    void theSharesAreConfigurable() {
        AbnormallyLowRule strict = new AbnormallyLowRule(n("0.90"), n("0.70"));

        // 85000 is not below 80 % of 100000 but is below 90 %; 65000 is below 70 % of the estimate 100000.
        assertEquals(List.of(), RULE.detect(List.of(bid("A", "100000"), bid("B", "85000")), null));
        assertEquals(List.of("B"),
                strict.detect(List.of(bid("A", "100000"), bid("B", "85000")), null).stream().map(Finding::bidId)
                        .toList());
        assertEquals(List.of(Threshold.ESTIMATE),
                strict.detect(List.of(bid("A", "65000")), n("100000")).get(0).reasons().stream().map(Reason::rule)
                        .toList());
        assertThrows(IllegalArgumentException.class, () -> new AbnormallyLowRule(n("0"), n("0.5")));
        assertThrows(IllegalArgumentException.class, () -> new AbnormallyLowRule(n("0.8"), n("1.5")));
    }

    @Test
    void flaggingAsksOnlyNewlyFoundBidsToJustify() {
        BidUnderEvaluation decided = bid("B", "70000").flaggedAbnormallyLow().justificationAccepted("Costs shown");
        List<BidUnderEvaluation> bids = RULE.flag(List.of(bid("A", "100000"), decided, bid("C", "50000")), null);

        assertEquals(List.of(AbnormallyLow.NONE, AbnormallyLow.JUSTIFICATION_ACCEPTED, AbnormallyLow.FLAGGED),
                bids.stream().map(BidUnderEvaluation::abnormallyLow).toList());
    }
}
