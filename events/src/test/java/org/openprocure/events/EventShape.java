package org.openprocure.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares an event a producer emitted with its golden fixture by shape: the same field paths with
 * the same JSON types. Values differ from run to run (ids, times); the shape is the contract.
 */
public final class EventShape {

    private EventShape() {
    }

    /** Asserts that {@code produced} has exactly the fields of the golden fixture of its type, with the same types. */
    public static void assertMatchesFixture(EventType<?> type, EventEnvelope produced) {
        assertEquals(type.name(), produced.type());
        assertSameShape(EventJson.toTree(GoldenFixtures.envelope(type)), EventJson.toTree(produced));
    }

    public static void assertSameShape(JsonNode expected, JsonNode actual) {
        Map<String, Set<String>> expectedShape = shape(expected);
        Map<String, Set<String>> actualShape = shape(actual);
        Set<String> expectedOpen = openPaths(expected, "");
        Set<String> actualOpen = openPaths(actual, "");
        Set<String> missing = new TreeSet<>();
        expectedShape.keySet().stream().filter(p -> !actualShape.containsKey(p) && !under(p, actualOpen)
                        && !(expectedOpen.contains(p) && hasFieldsUnder(actualShape, p)))
                .forEach(missing::add);
        Set<String> extra = new TreeSet<>();
        actualShape.keySet().stream().filter(p -> !expectedShape.containsKey(p) && !under(p, expectedOpen)
                        && !(actualOpen.contains(p) && hasFieldsUnder(expectedShape, p)))
                .forEach(extra::add);
        assertEquals(Set.of(), missing, "fields of the fixture missing from the event");
        assertEquals(Set.of(), extra, "fields of the event missing from the fixture");
        expectedShape.forEach((field, types) -> {
            Set<String> other = actualShape.get(field);
            if (other != null && !types.isEmpty() && !other.isEmpty()) {
                assertEquals(types, other, "the JSON type of " + field);
            }
        });
    }

    /**
     * Field name → the JSON types seen there, nulls left out: a field that is null on one side (or in
     * some array elements) is compatible with any type on the other.
     */
    private static Map<String, Set<String>> shape(JsonNode node) {
        Map<String, Set<String>> shape = new TreeMap<>();
        for (String path : fieldPaths(node, "")) {
            int colon = path.indexOf(':');
            Set<String> types = shape.computeIfAbsent(colon < 0 ? path : path.substring(0, colon), k -> new TreeSet<>());
            if (colon >= 0) {
                types.add(path.substring(colon + 1));
            }
        }
        return shape;
    }

    /** Paths that are null or an empty array: on the other side, anything may stand under them. */
    private static Set<String> openPaths(JsonNode node, String prefix) {
        Set<String> open = new TreeSet<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> open.addAll(openPaths(f.getValue(),
                    prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey())));
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                open.add(prefix);
            }
            node.forEach(element -> open.addAll(openPaths(element, prefix + "[]")));
        } else if (node.isNull()) {
            open.add(prefix);
        }
        return open;
    }

    /** Whether the other side has an object or array where this side has null (or an empty array). */
    private static boolean hasFieldsUnder(Map<String, Set<String>> shape, String openPath) {
        return shape.keySet().stream().anyMatch(p -> p.startsWith(openPath + ".") || p.startsWith(openPath + "[]"));
    }

    private static boolean under(String path, Set<String> openPaths) {
        return openPaths.stream().anyMatch(open -> path.equals(open) || path.startsWith(open + ".")
                || path.startsWith(open + "[]"));
    }

    /** Every field path with its JSON node type, e.g. {@code payload.lots[].value.amount:NUMBER}. */
    private static Set<String> fieldPaths(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> paths.addAll(fieldPaths(f.getValue(),
                    prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey())));
        } else if (node.isArray()) {
            node.forEach(element -> paths.addAll(fieldPaths(element, prefix + "[]")));
        } else {
            // A null field still belongs to the shape; its type is whatever the fixture has there.
            paths.add(prefix + (node.isNull() ? "" : ":" + node.getNodeType()));
        }
        return paths;
    }
}
