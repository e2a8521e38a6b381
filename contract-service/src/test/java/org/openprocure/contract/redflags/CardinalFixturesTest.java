package org.openprocure.contract.redflags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cardinal's own test fixtures (cardinal-rs tests/fixtures/indicators, copied under
 * {@code src/test/resources/cardinal/}) through the engine, against Cardinal's expected output, with the
 * settings Cardinal's tests run them with.
 */
class CardinalFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void r003FlagsOnlyTheOpenProcessWithAOneDayPeriod() throws IOException {
        assertOcidGroup("R003", "");
    }

    @Test
    void r003TakesTheThresholdOfTheProcessesProcurementMethodDetails() throws IOException {
        assertOcidGroup("R003-procurement_method_details-x-5-y-10", """
                [R003.procurement_method_details]
                x = 5
                y = 10
                """);
    }

    @Test
    void r028FlagsEqualPricesOfDifferentTenderersOnly() throws IOException {
        assertOcidGroup("R028", """
                no_price_comparison_procurement_methods = NPC

                [exclusions]
                procurement_method_details = EXC
                """);
    }

    /** Cardinal's expected OCID results; the engine's other groups are not part of these fixtures. */
    private static void assertOcidGroup(String fixture, String ini) throws IOException {
        JsonNode expected = JSON.readTree(resource(fixture + ".expected"));
        JsonNode actual = IndicatorEngine.run(releases(resource(fixture + ".jsonl")), Settings.parse(ini));
        assertEquals(expected.path("OCID"), actual.path("OCID"), fixture);
    }

    private static List<JsonNode> releases(String jsonl) throws IOException {
        List<JsonNode> releases = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            if (!line.isBlank()) {
                releases.add(JSON.readTree(line));
            }
        }
        return releases;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CardinalFixturesTest.class.getResourceAsStream("/cardinal/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
