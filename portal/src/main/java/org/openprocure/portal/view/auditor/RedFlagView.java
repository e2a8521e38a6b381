package org.openprocure.portal.view.auditor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.openprocure.portal.client.Analytics.RedFlag;

/**
 * A red flag as an auditor reads it: the measured value and the threshold as text, and the indicator's evidence,
 * whatever its shape, as a list of named facts (nested fields joined with dots, lists of plain values with commas).
 */
public record RedFlagView(RedFlag flag, String valueText, String thresholdText, List<Fact> evidence) {

    /** One fact of the evidence. */
    public record Fact(String name, String text) {
    }

    public static RedFlagView of(RedFlag flag) {
        List<Fact> facts = new ArrayList<>();
        flatten("", flag.evidence(), facts);
        return new RedFlagView(flag, text(flag.value()), text(flag.threshold()), facts);
    }

    /** The flagged process's page, or null for a flag about no one process (a buyer's or a supplier's). */
    public String processLink() {
        if (flag.ocid() == null || flag.ocid().isBlank()) {
            return null;
        }
        return "/auditor/processes/" + AuditorQuery.encode(flag.ocid());
    }

    static void flatten(String name, JsonNode node, List<Fact> facts) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(name.isEmpty() ? field.getKey() : name + "." + field.getKey(), field.getValue(), facts);
            }
        } else if (node.isArray() && !allPlain(node)) {
            for (int i = 0; i < node.size(); i++) {
                flatten(name + "[" + (i + 1) + "]", node.get(i), facts);
            }
        } else {
            facts.add(new Fact(name.isEmpty() ? "evidence" : name, text(node)));
        }
    }

    private static boolean allPlain(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    /** A plain value as it reads; a list of plain values joined; anything else as compact JSON. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asText();
        }
        if (node.isArray() && allPlain(node)) {
            List<String> parts = new ArrayList<>();
            node.forEach(element -> parts.add(text(element)));
            return String.join(", ", parts);
        }
        return node.toString();
    }
}
