package org.openprocure.contract.redflags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.contract.redflags.Releases.award;
import static org.openprocure.contract.redflags.Releases.bid;
import static org.openprocure.contract.redflags.Releases.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceAndSuccessIndicatorsTest {

    private static RedFlags run(Indicator indicator, List<JsonNode> releases) {
        RedFlags flags = new RedFlags();
        for (JsonNode release : releases) {
            var process = new ContractingProcess(release);
            indicator.evaluate(process, process.ocid().orElseThrow(), flags);
        }
        indicator.finish(flags);
        return flags;
    }

    private static JsonNode won(String ocid, double winner, double other) {
        return process(ocid, award("active", "W"), bid("valid", "W", winner), bid("valid", "O", other));
    }

    // R024

    @Test
    void r024FlagsLowOutlierRatioEvenWhenZero() {
        // Ratios [0.5, 0.5, 0.5, 0.5, 0]. Type 8, n = 5: Q1 (h = 5/3) = 0 + 2/3·0.5 = 1/3, Q3 (h = 13/3) = 0.5;
        // lower fence = 1/3 − 1.5·1/6 = 1/12. Only p5 (0 ≤ 1/12), with value 0.
        var flags = run(new PriceCloseToWinningBid(Settings.defaults()), List.of(
                won("p1", 100, 150), won("p2", 100, 150), won("p3", 100, 150),
                // The winner's lowest bid counts: 100, not 120.
                process("p4", award("active", "W"), bid("valid", "W", 120), bid("valid", "W", 100), bid("valid", "O", 150)),
                won("p5", 100, 100)));
        assertEquals(Map.of("p5", Map.of("R024", 0.0)), flags.get(Group.OCID));
    }

    @Test
    void r024FixedThresholdIsInclusiveAndSkipsPendingAndNonPriceAwards() {
        var flags = run(new PriceCloseToWinningBid(Settings.parse("[R024]\nthreshold = 0.1")), List.of(
                won("close", 100, 110),
                won("far", 100, 120),
                // Lowest bid (90) did not win: award criteria are not price only.
                won("notLowest", 100, 90),
                process("pending", award("active", "W") + "," + award("pending", "X"),
                        bid("valid", "W", 100), bid("valid", "O", 101)),
                // Disqualified bids are not compared.
                process("disq", award("active", "W"), bid("valid", "W", 100), bid("disqualified", "O", 101))));
        assertEquals(Map.of("close", Map.of("R024", 0.1)), flags.get(Group.OCID));
    }

    // R025

    @Test
    void r025FlagsFrequentTendererThatNeverWins() {
        // W1..W6 each win their one process (1/1); L bids in all six and wins none (0/6).
        // Counts [1,1,1,1,1,1,6]: 75th percentile, h = 35/6 → x5 + 5/6·(x6 − x5) = 1; only L has 6 > 1.
        // Ratios [0,1,1,1,1,1,1]: Q1 (h = 13/6) = 1, Q3 = 1, lower fence = 1; L's 0 < 1.
        List<JsonNode> releases = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            releases.add(process("p" + i, award("active", "W" + i), bid("valid", "W" + i, 100), bid("valid", "L", 90)));
        }
        var flags = run(new ExcessiveUnsuccessfulBids(Settings.defaults()), releases);
        assertEquals(Map.of("L", Map.of("R025", 0.0)), flags.get(Group.Tenderer));

        var strict = run(new ExcessiveUnsuccessfulBids(Settings.parse("[R025]\nthreshold = 0")), releases);
        assertTrue(strict.get(Group.Tenderer).isEmpty());
    }

    @Test
    void r025IgnoresProcessesWithoutASingleWinner() {
        var flags = run(new ExcessiveUnsuccessfulBids(Settings.defaults()), List.of(
                process("p1", award("active", "A") + "," + award("active", "B"), bid("valid", "A", 1), bid("valid", "L", 1)),
                process("p2", award("pending", "A"), bid("valid", "A", 1), bid("valid", "L", 1))));
        assertTrue(flags.get(Group.Tenderer).isEmpty());
    }
}
