package org.openprocure.contract.redflags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseLinesTest {

    @Test
    void manyLinesParsedOnEveryCoreKeepTheirOrderAndBlankLinesAreSkipped() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("{\"ocid\":\"ocds-x-").append(i).append("\"}\r\n");
            if (i % 1000 == 0) {
                text.append("   \n");
            }
        }
        List<JsonNode> releases = ReleaseLines.parse(text.toString());
        assertEquals(5_000, releases.size());
        for (int i = 0; i < releases.size(); i++) {
            assertEquals("ocds-x-" + i, releases.get(i).path("ocid").asText());
        }
    }

    @Test
    void theFirstBadLineByNumberIsNamedWhicheverCoreMeetsItFirst() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            lines.add("{\"ocid\":\"ocds-x-" + i + "\"}");
        }
        lines.set(7_000, "{not json");
        lines.set(9_000, "[1, 2]");
        lines.set(4_321, "\"a string\"");
        ReleaseLines.InvalidLineException refused =
                assertThrows(ReleaseLines.InvalidLineException.class, () -> ReleaseLines.parse(lines));
        assertEquals("line 4322 is not a JSON object", refused.getMessage());
        lines.set(4_321, "{}");
        refused = assertThrows(ReleaseLines.InvalidLineException.class, () -> ReleaseLines.parse(lines));
        assertEquals(true, refused.getMessage().startsWith("line 7001 is not valid JSON: "), refused.getMessage());
    }

    @Test
    void nothingButBlankLinesIsRefused() {
        assertThrows(ReleaseLines.InvalidLineException.class, () -> ReleaseLines.parse(" \n\n"));
        assertThrows(ReleaseLines.InvalidLineException.class, () -> ReleaseLines.parse(List.of("", "  ")));
    }
}
