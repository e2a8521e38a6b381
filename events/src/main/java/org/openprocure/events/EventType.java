package org.openprocure.events;

import java.util.Objects;

/** An event type: its name on the wire, its current schema version, its payload record and its topic. */
public record EventType<P>(String name, int schemaVersion, Class<P> payloadClass, String topic) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payloadClass, "payloadClass");
        Objects.requireNonNull(topic, "topic");
    }
}
