package org.openprocure.contract.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BidScreensTest {

    private static final double EPS = 1e-12;

    private static LotBids lot(Bid... bids) {
        return new LotBids("lot-1", "buyer-A", "45233120-6", List.of(bids));
    }

    @Test
    void fourEvenlySpacedBids() {
        // Bids 100, 110, 120, 130 (EUR); n = 4, mean = 115.
        // Deviations −15, −5, 5, 15; squares 225 + 25 + 25 + 225 = 500.
        // s = √(500/3) = 12.909944487; CV = 12.909944487 / 115 = 0.112260387.
        // Spread = (130 − 100) / 100 = 0.3.
        // Losing bids 110, 120, 130: mean 120, s = √((100 + 0 + 100)/2) = 10; RD = (110 − 100)/10 = 1.
        // Normalised RD = 10 / 100 = 0.1.
        // Symmetric → m3 = 0 → skewness 0.
        // m2 = 500/4 = 125; m4 = (50625 + 625 + 625 + 50625)/4 = 25625; g2 = 25625/15625 − 3 = −1.36;
        // G2 = 3/(2·1) · (5·(−1.36) + 6) = 1.5 · (−0.8) = −1.2.
        BidScreens s = BidScreens.of(lot(Bid.valid("a", "100", "EUR"), Bid.valid("b", "110", "EUR"),
                Bid.valid("c", "120", "EUR"), Bid.valid("d", "130", "EUR")));
        assertEquals(4, s.validBidCount());
        assertEquals(Math.sqrt(500.0 / 3) / 115, s.coefficientOfVariation().getAsDouble(), EPS);
        assertEquals(0.112260386847, s.coefficientOfVariation().getAsDouble(), 1e-11);
        assertEquals(0.3, s.spread().getAsDouble(), EPS);
        assertEquals(1.0, s.relativeDistance().getAsDouble(), EPS);
        assertEquals(0.1, s.normalisedRelativeDistance().getAsDouble(), EPS);
        assertEquals(0.0, s.skewness().getAsDouble(), EPS);
        assertEquals(-1.2, s.excessKurtosis().getAsDouble(), EPS);
    }

    @Test
    void oneHighOutlierGivesSkewnessTwoAndKurtosisFour() {
        // Bids 100, 100, 100, 140; mean 110; deviations −10, −10, −10, 30.
        // m2 = (3·100 + 900)/4 = 300; m3 = (3·(−1000) + 27000)/4 = 6000; m4 = (3·10000 + 810000)/4 = 210000.
        // g1 = 6000 / 300^1.5 = 2/√3; G1 = √(4·3)/2 · 2/√3 = √3 · 2/√3 = 2.
        // g2 = 210000/90000 − 3 = −2/3; G2 = 3/(2·1) · (5·(−2/3) + 6) = 1.5 · 8/3 = 4.
        // Two lowest equal: RD = 0 / s_losing = 0 and normalised RD = 0. Spread = 40/100 = 0.4.
        BidScreens s = BidScreens.of(lot(Bid.valid("a", "100", "EUR"), Bid.valid("b", "100", "EUR"),
                Bid.valid("c", "100", "EUR"), Bid.valid("d", "140", "EUR")));
        assertEquals(2.0, s.skewness().getAsDouble(), EPS);
        assertEquals(4.0, s.excessKurtosis().getAsDouble(), 1e-11);
        assertEquals(0.0, s.relativeDistance().getAsDouble(), EPS);
        assertEquals(0.0, s.normalisedRelativeDistance().getAsDouble(), EPS);
        assertEquals(0.4, s.spread().getAsDouble(), EPS);
    }

    @Test
    void winnerFarBelowClusteredCoverBids() {
        // Bids 80, 100, 101, 102 (cover bids clustered). Losing 100, 101, 102: s = √((1 + 0 + 1)/2) = 1.
        // RD = (100 − 80)/1 = 20; normalised RD = 20/80 = 0.25.
        BidScreens s = BidScreens.of(lot(Bid.valid("a", "102", "EUR"), Bid.valid("b", "80", "EUR"),
                Bid.valid("c", "101", "EUR"), Bid.valid("d", "100", "EUR")));
        assertEquals(20.0, s.relativeDistance().getAsDouble(), EPS);
        assertEquals(0.25, s.normalisedRelativeDistance().getAsDouble(), EPS);
    }

    @Test
    void twoBidsGiveCvSpreadAndNormalisedRdOnly() {
        // Bids 100, 120: mean 110, s = √((100 + 100)/1) = √200 = 14.142135624; CV = 14.142135624/110.
        // Spread = 20/100 = 0.2; normalised RD = 0.2. RD needs 2 losing bids, skewness 3 bids, kurtosis 4.
        BidScreens s = BidScreens.of(lot(Bid.valid("a", "100", "EUR"), Bid.valid("b", "120", "EUR")));
        assertEquals(Math.sqrt(200) / 110, s.coefficientOfVariation().getAsDouble(), EPS);
        assertEquals(0.2, s.spread().getAsDouble(), EPS);
        assertEquals(0.2, s.normalisedRelativeDistance().getAsDouble(), EPS);
        assertTrue(s.relativeDistance().isEmpty());
        assertTrue(s.skewness().isEmpty());
        assertTrue(s.excessKurtosis().isEmpty());
    }

    @Test
    void fewerThanTwoValidBidsLeavesEveryScreenUndefined() {
        // One valid bid; the rejected bid of 50 is ignored.
        BidScreens s = BidScreens.of(lot(Bid.valid("a", "100", "EUR"),
                new Bid("b", new BigDecimal("50"), "EUR", false)));
        assertEquals(1, s.validBidCount());
        for (Screen screen : Screen.values()) {
            assertTrue(s.value(screen).isEmpty(), screen.name());
        }
        assertTrue(BidScreens.of(lot()).spread().isEmpty());
    }

    @Test
    void allEqualBidsGiveZeroSpreadAndZeroCv() {
        // Bids 250 ×4: s = 0 → CV = 0; spread = 0/250 = 0; normalised RD = 0.
        // s_losing = 0 and m2 = 0 → RD, skewness and kurtosis are undefined (0/0).
        BidScreens s = BidScreens.of(lot(Bid.valid("a", "250", "EUR"), Bid.valid("b", "250.00", "EUR"),
                Bid.valid("c", "250", "EUR"), Bid.valid("d", "250", "EUR")));
        assertEquals(0.0, s.coefficientOfVariation().getAsDouble(), EPS);
        assertEquals(0.0, s.spread().getAsDouble(), EPS);
        assertEquals(0.0, s.normalisedRelativeDistance().getAsDouble(), EPS);
        assertFalse(s.relativeDistance().isPresent());
        assertFalse(s.skewness().isPresent());
        assertFalse(s.excessKurtosis().isPresent());
    }

    @Test
    void refusesToMixCurrencies() {
        LotBids mixed = lot(Bid.valid("a", "100", "EUR"), Bid.valid("b", "110", "USD"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BidScreens.of(mixed));
        assertTrue(e.getMessage().contains("never mix currencies"));
    }

    @Test
    void rejectedBidInAnotherCurrencyDoesNotBlockScreening() {
        // Only valid bids count: 100 and 110 EUR → spread 10/100 = 0.1.
        BidScreens s = BidScreens.of(lot(Bid.valid("a", "100", "EUR"), Bid.valid("b", "110", "EUR"),
                new Bid("c", new BigDecimal("90"), "USD", false)));
        assertEquals(0.1, s.spread().getAsDouble(), EPS);
    }

    @Test
    void identicalCoverBidsLeaveRdUndefinedButNormalisedRdDefined() {
        // Bids 80, 100, 100: losing bids 100, 100 have s = 0 → RD = 20/0 is undefined (left empty rather
        // than infinite); normalised RD = (100 − 80)/80 = 0.25 still carries the gap.
        // Skewness: mean 93.333, deviations −13.333, 6.667, 6.667; m2 = (177.778 + 44.444 + 44.444)/3 = 88.889;
        // m3 = (−2370.370 + 296.296 + 296.296)/3 = −592.593; g1 = −592.593 / 88.889^1.5 = −0.707107 = −1/√2;
        // G1 = √(3·2)/1 · (−1/√2) = −√3 = −1.732051.
        BidScreens s = BidScreens.of(lot(Bid.valid("a", "80", "EUR"), Bid.valid("b", "100", "EUR"),
                Bid.valid("c", "100", "EUR")));
        assertTrue(s.relativeDistance().isEmpty());
        assertEquals(0.25, s.normalisedRelativeDistance().getAsDouble(), EPS);
        assertEquals(-Math.sqrt(3), s.skewness().getAsDouble(), 1e-12);
        assertTrue(s.excessKurtosis().isEmpty());
    }
}
