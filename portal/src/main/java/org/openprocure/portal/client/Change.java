package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One changed field between two notice versions. The values are whatever JSON the field holds,
 * so they are kept as JSON and shown as text.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Change(String field, JsonNode before, JsonNode after) {

    public String beforeText() {
        return text(before);
    }

    public String afterText() {
        return text(after);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
