package org.openprocure.portal.view.auditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import org.openprocure.portal.client.Analytics.RedFlag;

/** A red flag's evidence, whatever its shape, as named facts an auditor can read. */
class RedFlagViewTest {

    private final ObjectMapper json = new ObjectMapper();

    private RedFlag flag(String value, String evidence, String threshold) throws Exception {
        return new RedFlag("R024", "Price close to winning bid", "ocds-1", "Road", "lot-1", null, null,
                json.readTree(value), "Close.", json.readTree(evidence), json.readTree(threshold), "indicators");
    }

    @Test
    void nestedFieldsListsAndNumbersReadPlainly() throws Exception {
        RedFlagView view = RedFlagView.of(flag("0.0125", """
                {"winner": {"supplier": "Acme", "price": 104250.00},
                 "runnerUp": {"supplier": "Zieliński", "price": 105553.10},
                 "bids": [{"id": "b-1"}, {"id": "b-2"}], "lots": ["lot-1", "lot-2"], "note": null,
                 "matrix": [[1, 2], [3]]}
                """, "{\"maxDifference\": 0.02}"));

        assertEquals("0.0125", view.valueText());
        assertEquals("{\"maxDifference\":0.02}", view.thresholdText());
        assertEquals(List.of(
                new RedFlagView.Fact("winner.supplier", "Acme"),
                new RedFlagView.Fact("winner.price", "104250"),
                new RedFlagView.Fact("runnerUp.supplier", "Zieliński"),
                new RedFlagView.Fact("runnerUp.price", "105553.1"),
                new RedFlagView.Fact("bids[1].id", "b-1"),
                new RedFlagView.Fact("bids[2].id", "b-2"),
                new RedFlagView.Fact("lots", "lot-1, lot-2"),
                new RedFlagView.Fact("matrix[1]", "1, 2"),
                new RedFlagView.Fact("matrix[2]", "3")), view.evidence());
        assertEquals("/auditor/processes/ocds-1", view.processLink());
    }

    @Test
    void plainEvidenceIsOneFactAndMissingValuesAreNone() throws Exception {
        RedFlagView view = RedFlagView.of(flag("null", "\"Only one bid.\"", "null"));

        assertNull(view.valueText());
        assertNull(view.thresholdText());
        assertEquals(List.of(new RedFlagView.Fact("evidence", "Only one bid.")), view.evidence());
    }
}
