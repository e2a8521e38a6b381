package org.openprocure.contract.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openprocure.events.EventJson;

/**
 * Merges a process's releases, oldest first, into its compiled release by the OCDS 1.1 merge rules:
 * the latest value of each field wins; an array whose elements are all objects with an {@code id} is
 * merged element by element by that id (new ids appended in order of appearance); any other array
 * is replaced whole; a {@code null} removes the field. The compiled release has its own {@code id}
 * ({@code {ocid}-{date}} of the latest release) and the tag {@code compiled}.
 */
public final class ReleaseMerger {

    private static final JsonNodeFactory JSON = EventJson.mapper().getNodeFactory();

    public ObjectNode compile(List<? extends JsonNode> releasesOldestFirst) {
        ObjectNode compiled = JSON.objectNode();
        for (JsonNode release : releasesOldestFirst) {
            mergeObject(compiled, release);
        }
        compiled.put("id", compiled.path("ocid").asText() + "-" + compiled.path("date").asText());
        compiled.putArray("tag").add("compiled");
        return compiled;
    }

    private static void mergeObject(ObjectNode target, JsonNode source) {
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode existing = target.get(name);
            if (value == null || value.isNull()) {
                target.remove(name);
            } else if (value.isObject()) {
                ObjectNode merged = existing != null && existing.isObject() ? (ObjectNode) existing : JSON.objectNode();
                mergeObject(merged, value);
                target.set(name, merged);
            } else if (value.isArray() && identified(value) && existing != null && existing.isArray()
                    && identified(existing)) {
                target.set(name, mergeById((ArrayNode) existing, (ArrayNode) value));
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static ArrayNode mergeById(ArrayNode existing, ArrayNode update) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (JsonNode element : existing) {
            byId.put(element.get("id").asText(), (ObjectNode) element);
        }
        for (JsonNode element : update) {
            ObjectNode merged = byId.computeIfAbsent(element.get("id").asText(), id -> JSON.objectNode());
            mergeObject(merged, element);
        }
        ArrayNode result = JSON.arrayNode();
        byId.values().forEach(result::add);
        return result;
    }

    /** True for a non-empty array of objects that all have an id. */
    private static boolean identified(JsonNode array) {
        if (array.isEmpty()) {
            return false;
        }
        for (JsonNode element : array) {
            if (!element.isObject() || !element.hasNonNull("id")) {
                return false;
            }
        }
        return true;
    }
}
