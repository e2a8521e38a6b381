package org.openprocure.contract.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketScreensTest {

    private static final double EPS = 1e-12;

    /** A two-bid lot: 100 and 100 + gap. Spread = normalised RD = gap/100. */
    private static LotBids twoBidLot(String id, String buyer, String cpv, int gap) {
        return new LotBids(id, buyer, cpv, List.of(Bid.valid("x", "100", "EUR"),
                Bid.valid("y", String.valueOf(100 + gap), "EUR")));
    }

    private static List<LotBids> market(String buyer, int... gaps) {
        List<LotBids> lots = new ArrayList<>();
        for (int g : gaps) {
            lots.add(twoBidLot("lot-" + g, buyer, "45233120-6", g));
        }
        return lots;
    }

    private static List<ScreenResult> withCode(List<ScreenResult> flags, String code) {
        return flags.stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void lotWithCompressedBidsIsFlaggedLowSpreadAndLowCv() {
        // Spreads 0.10..0.16 and one lot at 0.01. Sorted: .01 .10 .11 .12 .13 .14 .15 .16 (n = 8).
        // Q1: h = (8 + 1/3)·0.25 + 1/3 = 2.416667 → .10 + 0.416667·.01 = 0.1041667
        // Q3: h = (8 + 1/3)·0.75 + 1/3 = 6.583333 → .14 + 0.583333·.01 = 0.1458333
        // IQR = 0.0416667; lower fence = 0.1041667 − 1.5·0.0416667 = 0.0416667 > 0.01 → LOW_SPREAD on lot-1.
        // CV of a two-bid lot = gap/√2 / (100 + gap/2) rises with the gap, so lot-1 is the low CV outlier too
        // (CV 0.0070359 against lower fence 0.0308510).
        // Normalised RD = spread; upper fence 0.1458333 + 0.0625 = 0.2083333, nothing above → no HIGH flag.
        List<ScreenResult> flags = new MarketScreens().screen(market("buyer-A", 10, 11, 12, 13, 14, 15, 16, 1));
        List<ScreenResult> lowSpread = withCode(flags, "LOW_SPREAD");
        assertEquals(1, lowSpread.size());
        ScreenResult f = lowSpread.get(0);
        assertEquals("lot-1", f.subject());
        assertEquals(0.01, f.evidence().get("value"), EPS);
        assertEquals(0.10 + 0.01 * 5 / 12, f.evidence().get("q1"), EPS);
        assertEquals(0.14 + 0.01 * 7 / 12, f.evidence().get("q3"), EPS);
        assertEquals(0.05 / 1.2, f.evidence().get("lowerFence"), 1e-12);
        assertEquals(8.0, f.evidence().get("marketLots"));
        assertTrue(f.threshold().startsWith("LOW_SPREAD < lower fence 0.041667"));
        assertTrue(f.explanation().contains("unusually low"));
        List<ScreenResult> lowCv = withCode(flags, "LOW_CV");
        assertEquals(1, lowCv.size());
        assertEquals("lot-1", lowCv.get(0).subject());
        assertEquals(2, flags.size());
    }

    @Test
    void lotWithLargeGapBelowTheSecondBidIsFlaggedHighNormalisedRd() {
        // Normalised RD 0.10..0.16 and one lot at 0.50. Sorted .10 .11 .12 .13 .14 .15 .16 .50.
        // Q1 = .11 + 0.416667·.01 = 0.1141667; Q3 = .15 + 0.583333·.01 = 0.1558333; IQR = 0.0416667;
        // upper fence = 0.1558333 + 0.0625 = 0.2183333 < 0.50 → HIGH_RD_NORMALISED on lot-50.
        // Its high spread and high CV are the innocent side and do not fire.
        List<ScreenResult> flags = new MarketScreens().screen(market("buyer-A", 10, 11, 12, 13, 14, 15, 16, 50));
        assertEquals(1, flags.size());
        ScreenResult f = flags.get(0);
        assertEquals("HIGH_RD_NORMALISED", f.code());
        assertEquals("lot-50", f.subject());
        assertEquals(0.5, f.evidence().get("value"), EPS);
        assertEquals(0.15 + 0.01 * 7 / 12 + 0.0625, f.evidence().get("upperFence"), EPS);
    }

    @Test
    void lotsAreComparedOnlyWithinTheirMarket() {
        // buyer-A's seven lots (0.10..0.16) form a normal market; buyer-B's compressed lot (0.01) and the
        // same CPV division but a different buyer forms a market of 1 < 5 → no fences, no flag.
        // A lot of buyer-A in CPV division 33 is a separate market too.
        List<LotBids> lots = new ArrayList<>(market("buyer-A", 10, 11, 12, 13, 14, 15, 16));
        lots.add(twoBidLot("lot-B", "buyer-B", "45000000-7", 1));
        lots.add(twoBidLot("lot-A33", "buyer-A", "33100000-1", 1));
        assertEquals(List.of(), new MarketScreens().screen(lots));
    }

    @Test
    void marketBelowMinimumSizeGetsNoFences() {
        // Four lots < default minimum of 5, even though 0.01 stands out.
        assertEquals(List.of(), new MarketScreens().screen(market("buyer-A", 10, 11, 12, 1)));
    }

    @Test
    void degenerateFencesWhenIqrIsZeroFlagNothing() {
        // Spreads .01 .10 .10 .10 .10 .10 .10 (n = 7): Q1: h = (7 + 1/3)·0.25 + 1/3 = 2.166667 → .10;
        // Q3: h = 5.833333 → .10; IQR = 0 → fences collapse to 0.10; a zero-width box would flag anything
        // different, so the screen flags nothing.
        List<LotBids> lots = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lots.add(twoBidLot("lot-" + i, "buyer-A", "45233120-6", 10));
        }
        lots.add(twoBidLot("lot-odd", "buyer-A", "45233120-6", 1));
        assertEquals(List.of(), new MarketScreens().screen(lots));
    }

    @Test
    void lotsWithUndefinedScreensAreLeftOutOfTheDistribution() {
        // Five single-bid lots have no screens; with the three defined lots the market has 3 values < 5.
        List<LotBids> lots = new ArrayList<>(market("buyer-A", 10, 11, 1));
        for (int i = 0; i < 5; i++) {
            lots.add(new LotBids("single-" + i, "buyer-A", "45233120-6", List.of(Bid.valid("x", "100", "EUR"))));
        }
        assertEquals(List.of(), new MarketScreens().screen(lots));
    }

    @Test
    void winnerFarBelowClusteredCoverBidsIsFlaggedHighRdAndLowSkewness() {
        // Three-bid lots 100, 100 + g, 110 + g for g = 1..7 and g = 30.
        // Losing bids 100 + g, 110 + g: s = 10/√2 → RD = g/(10/√2) = g·√2/10, monotone in g.
        // In units of g: sorted 1..7, 30; Q1: h = 2.416667 → 2.416667; Q3: h = 6.583333 → 6.583333;
        // IQR = 4.166667; upper fence = 6.583333 + 6.25 = 12.833333 < 30 → HIGH_RD on lot-30,
        // fence 12.833333·√2/10 = 1.814907, value 30·√2/10 = 4.242641.
        // Normalised RD = g/100 → same ranks → HIGH_RD_NORMALISED on lot-30 (0.30 > 0.1283333).
        // Skewness of 100, 130, 140: G1 = −1.2933 while g = 1..7 lie between 0.52 and 1.68 (positive, winner
        // close to the second bid); lower fence −0.6933 → LOW_SKEWNESS on lot-30.
        // lot-30's CV and spread are high, the innocent side; kurtosis needs 4 bids.
        List<LotBids> lots = new ArrayList<>();
        for (int g : new int[] {1, 2, 3, 4, 5, 6, 7, 30}) {
            lots.add(new LotBids("lot-" + g, "buyer-A", "45233120-6", List.of(Bid.valid("x", "100", "EUR"),
                    Bid.valid("y", String.valueOf(100 + g), "EUR"), Bid.valid("z", String.valueOf(110 + g), "EUR"))));
        }
        List<ScreenResult> flags = new MarketScreens().screen(lots);
        assertEquals(List.of("HIGH_RD", "HIGH_RD_NORMALISED", "LOW_SKEWNESS"),
                flags.stream().map(ScreenResult::code).toList());
        flags.forEach(f -> assertEquals("lot-30", f.subject()));
        assertEquals(3 * Math.sqrt(2), flags.get(0).evidence().get("value"), 1e-12);
        assertEquals((6 + 7.0 / 12 + 6.25) * Math.sqrt(2) / 10, flags.get(0).evidence().get("upperFence"), 1e-12);
        assertEquals(-1.2933, flags.get(2).evidence().get("value"), 1e-4);
    }

    @Test
    void aLotWithMixedCurrenciesStopsTheScreening() {
        List<LotBids> lots = new ArrayList<>(market("buyer-A", 10, 11, 12, 13, 14));
        lots.add(new LotBids("lot-mixed", "buyer-A", "45233120-6",
                List.of(Bid.valid("x", "100", "EUR"), Bid.valid("y", "110", "CHF"))));
        assertThrows(IllegalArgumentException.class, () -> new MarketScreens().screen(lots));
    }

    @Test
    void suspiciousSidesAreTheCollusionSides() {
        // Huber & Imhof (2019): cartels compress bids (low CV, low spread), leave a gap under clustered cover
        // bids (high RD, high normalised RD, negative skewness) and peak the distribution (high kurtosis).
        assertEquals(Screen.Side.LOW, Screen.COEFFICIENT_OF_VARIATION.suspiciousSide());
        assertEquals(Screen.Side.LOW, Screen.SPREAD.suspiciousSide());
        assertEquals(Screen.Side.HIGH, Screen.RELATIVE_DISTANCE.suspiciousSide());
        assertEquals(Screen.Side.HIGH, Screen.NORMALISED_RELATIVE_DISTANCE.suspiciousSide());
        assertEquals(Screen.Side.LOW, Screen.SKEWNESS.suspiciousSide());
        assertEquals(Screen.Side.HIGH, Screen.EXCESS_KURTOSIS.suspiciousSide());
    }
}
