package org.openprocure.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The golden JSON fixture of each event type ({@code fixtures/<Type>.json}), shipped in this module's
 * test jar so that producers and consumers test against the same bytes.
 */
public final class GoldenFixtures {

    private GoldenFixtures() {
    }

    public static String json(EventType<?> type) {
        String path = "/fixtures/" + type.name() + ".json";
        try (InputStream in = GoldenFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no golden fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EventEnvelope envelope(EventType<?> type) {
        return EventJson.parse(json(type));
    }

    /**
     * The fixtures' payloads re-sealed, in the order given, as one new chain of another process: for
     * tests that need a process of their own, untouched by other tests' use of the fixtures.
     */
    public static java.util.List<String> chainFor(String ocid, String aggregateId, EventType<?>... types) {
        java.util.List<String> chain = new java.util.ArrayList<>();
        String prevHash = null;
        for (int i = 0; i < types.length; i++) {
            EventEnvelope resealed = resealed(types[i], ocid, aggregateId, i + 1, prevHash);
            prevHash = resealed.hash();
            chain.add(EventJson.toJson(resealed));
        }
        return chain;
    }

    private static <P> EventEnvelope resealed(EventType<P> type, String ocid, String aggregateId, long sequence,
            String prevHash) {
        EventEnvelope golden = envelope(type);
        return EventEnvelope.seal(type, ocid, aggregateId, sequence, prevHash, golden.occurredAt(), golden.producer(),
                golden.actor(), golden.payloadAs(type));
    }
}
