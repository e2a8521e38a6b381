package org.openprocure.contract.redflags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.contract.redflags.Releases.bid;
import static org.openprocure.contract.redflags.Releases.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExcessiveDisqualifiedBidsTest {

    private static RedFlags run(ExcessiveDisqualifiedBids r038, JsonNode... releases) {
        RedFlags flags = new RedFlags();
        for (JsonNode release : releases) {
            var process = new ContractingProcess(release);
            r038.evaluate(process, process.ocid().orElseThrow(), flags);
        }
        r038.finish(flags);
        return flags;
    }

    private static JsonNode process(String ocid, String buyer, String... bids) {
        return json("{'ocid':'" + ocid + "','buyer':{'id':'" + buyer + "'},'bids':{'details':["
                + String.join(",", bids) + "]}}");
    }

    @Test
    void tendererAboveTheUpperFenceIsFlaggedWithItsShare() {
        // Shares: T1–T4 0/2, T5 2/2 → [0, 0, 0, 0, 1]. Type 8, n = 5: Q1 (h = 5/3) = 0,
        // Q3 (h = 13/3) = 0 + 1/3·(1 − 0) = 1/3; fence = 1/3 + 1.5·1/3 = 5/6. Only T5 (1 ≥ 5/6).
        var flags = run(new ExcessiveDisqualifiedBids(Settings.defaults()),
                process("o1", "X", bid("valid", "T1", 1), bid("valid", "T2", 1), bid("valid", "T3", 1),
                        bid("valid", "T4", 1), bid("disqualified", "T5", 1)),
                process("o2", "X", bid("valid", "T1", 1), bid("valid", "T2", 1), bid("valid", "T3", 1),
                        bid("valid", "T4", 1), bid("disqualified", "T5", 1), bid("withdrawn", "T6", 1)));
        assertEquals(Map.of("T5", Map.of("R038", 1.0)), flags.get(Group.Tenderer));
        // One buyer only: shares [2/10], fence = 2/10, and 2/10 ≥ 2/10 flags it.
        assertEquals(0.2, flags.value(Group.Buyer, "X", "R038"), 1e-12);
    }

    @Test
    void fixedThresholdIsInclusiveAndSmallBuyersAreIgnored() {
        var r038 = new ExcessiveDisqualifiedBids(Settings.parse("[R038]\nthreshold = 0.75"));
        var flags = run(r038,
                // X: 1 of 4 bids disqualified over 2 processes → 0.25.
                process("x1", "X", bid("valid", "A", 1), bid("disqualified", "B", 1)),
                process("x2", "X", bid("valid", "A", 1), bid("valid", "B", 1)),
                // Z: 3 of 4 → 0.75, at the threshold.
                process("z1", "Z", bid("disqualified", "A", 1), bid("disqualified", "B", 1)),
                process("z2", "Z", bid("valid", "A", 1), bid("disqualified", "B", 1)),
                // Y: 2 of 2, but only one process (minimum 2).
                process("y1", "Y", bid("disqualified", "A", 1), bid("disqualified", "B", 1)));
        assertEquals(Map.of("Z", Map.of("R038", 0.75)), flags.get(Group.Buyer));
        // Tenderer B: disqualified in x1, z1, z2, y1, valid in x2 → 4/5 = 0.8; A: z1, y1 → 2/5 = 0.4.
        assertEquals(Map.of("B", Map.of("R038", 0.8)), flags.get(Group.Tenderer));
    }

    @Test
    void processesWithoutSubmittedBidsFlagNothing() {
        var flags = run(new ExcessiveDisqualifiedBids(Settings.defaults()),
                process("o1", "X", bid("invited", "A", 1)), process("o2", "X"));
        assertTrue(flags.get(Group.Buyer).isEmpty());
        assertTrue(flags.get(Group.Tenderer).isEmpty());
    }
}
