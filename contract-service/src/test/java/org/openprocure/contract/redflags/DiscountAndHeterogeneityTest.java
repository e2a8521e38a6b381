package org.openprocure.contract.redflags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.contract.redflags.Releases.award;
import static org.openprocure.contract.redflags.Releases.bid;
import static org.openprocure.contract.redflags.Releases.json;
import static org.openprocure.contract.redflags.Releases.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscountAndHeterogeneityTest {

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

    // R058

    @Test
    void r058FlagsHighOutlierRatioAndTheWinnerWithZero() {
        // Ratios [0.1, 0.1, 0.1, 0.1, 1.0]. Type 8, n = 5: Q1 (h = 5/3) = 0.1, Q3 (h = 13/3) = 0.1 + 1/3·0.9 = 0.4;
        // upper fence = 0.4 + 1.5·0.3 = 0.85. Only p5 (1.0).
        var flags = run(new HeavilyDiscountedBid(Settings.defaults()), List.of(
                won("p1", 100, 110), won("p2", 100, 110), won("p3", 100, 110), won("p4", 100, 110), won("p5", 100, 200)));
        assertEquals(Map.of("p5", Map.of("R058", 1.0)), flags.get(Group.OCID));
        assertEquals(Map.of("W", Map.of("R058", 0.0)), flags.get(Group.Tenderer));
    }

    @Test
    void r058FlagsNothingWhenTheFenceIsZero() {
        var flags = run(new HeavilyDiscountedBid(Settings.defaults()), List.of(
                won("p1", 100, 100), won("p2", 100, 100), won("p3", 100, 100), won("p4", 100, 100)));
        assertTrue(flags.get(Group.OCID).isEmpty());
    }

    // R048

    private static JsonNode awarded(String ocid, String awardStatus, String suppliers, String... classifications) {
        List<String> items = new ArrayList<>();
        for (String c : classifications) {
            items.add("{'classification':{'id':'" + c + "'}}");
        }
        return json("{'ocid':'" + ocid + "','awards':[{'status':'" + awardStatus + "','suppliers':[" + suppliers
                + "],'items':[" + String.join(",", items) + "]}]}");
    }

    @Test
    void r048FlagsSupplierWithOutlierNumberOfClassificationPrefixes() {
        // S1–S4: 1 prefix each; S5: {45, 72, 33} = 3 (45110000 and 45990000 share "45").
        // Lengths [1,1,1,1,3]: Q1 = 1, Q3 = 1 + 1/3·2 = 5/3; fence = ⌈5/3 + 1.5·2/3⌉ = ⌈8/3⌉ = 3.
        var releases = List.of(
                awarded("p1", "active", "{'id':'S1'}", "45110000"),
                awarded("p2", "active", "{'id':'S2'}", "45110000"),
                awarded("p3", "active", "{'id':'S3'}", "72000000"),
                awarded("p4", "active", "{'id':'S4'}", "33100000", "33600000"),
                awarded("p5", "active", "{'id':'S5'}", "45110000", "72000000"),
                awarded("p6", "active", "{'id':'S5'}", "33100000", "45990000"),
                // Not counted: a pending award, and an award shared by two suppliers.
                awarded("p7", "pending", "{'id':'S1'}", "11000000", "12000000", "13000000"),
                awarded("p8", "active", "{'id':'S2'},{'id':'S9'}", "11000000", "12000000", "13000000"));
        var flags = run(new HeterogeneousSupplier(Settings.defaults()), releases);
        assertEquals(Map.of("S5", Map.of("R048", 3.0)), flags.get(Group.Tenderer));

        // One digit: S4 {3}, S5 {4, 7, 3}; a fixed threshold of 1 flags everyone.
        var fixed = run(new HeterogeneousSupplier(Settings.parse("[R048]\ndigits = 1\nthreshold = 1")), releases);
        assertEquals(Map.of("R048", 3.0), fixed.get(Group.Tenderer).get("S5"));
        assertEquals(Map.of("R048", 1.0), fixed.get(Group.Tenderer).get("S4"));
        assertEquals(5, fixed.get(Group.Tenderer).size()); // S1–S5
    }
}
