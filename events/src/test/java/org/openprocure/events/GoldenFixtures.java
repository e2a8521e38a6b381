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
}
