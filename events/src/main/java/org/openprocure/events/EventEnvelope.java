package org.openprocure.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Every event on every topic travels in this envelope. {@code hash} is the SHA-256 of the canonical
 * form of the envelope without {@code hash}; {@code prevHash} is the hash of the previous event of
 * the same aggregate ({@code null} for the first), so the events of one aggregate form a chain that
 * an auditor can check link by link.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        String ocid,
        String aggregateId,
        long sequence,
        Instant occurredAt,
        String producer,
        Actor actor,
        String prevHash,
        String hash,
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
    }

    /**
     * A new, sealed event: the hash is computed here, over everything else.
     *
     * @param prevHash the hash of the aggregate's previous event, {@code null} when {@code sequence} is 1
     */
    public static <P> EventEnvelope seal(EventType<P> eventType, String ocid, String aggregateId, long sequence,
            String prevHash, Instant occurredAt, String producer, Actor actor, P payload) {
        if ((sequence == 1) != (prevHash == null)) {
            throw new IllegalArgumentException("only the first event of an aggregate has no prevHash");
        }
        EventEnvelope unsealed = new EventEnvelope(UUID.randomUUID(), eventType.name(), eventType.schemaVersion(),
                ocid, aggregateId, sequence, EventJson.truncate(occurredAt), producer, actor, prevHash, null,
                EventJson.toTree(payload));
        return EventHashing.seal(unsealed);
    }

    /** The payload as the record its type declares. */
    public <P> P payloadAs(EventType<P> eventType) {
        if (!eventType.name().equals(type)) {
            throw new IllegalArgumentException("event " + eventId + " is a " + type + ", not a " + eventType.name());
        }
        return EventJson.fromTree(payload, eventType.payloadClass());
    }

    /** True when {@code hash} matches the canonical content of this envelope. */
    public boolean hashIsValid() {
        return hash != null && hash.equals(EventHashing.hashOf(this));
    }

    EventEnvelope withHash(String newHash) {
        return new EventEnvelope(eventId, type, schemaVersion, ocid, aggregateId, sequence, occurredAt, producer,
                actor, prevHash, newHash, payload);
    }
}
