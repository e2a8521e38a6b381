package org.openprocure.contract;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventType;
import org.openprocure.events.GoldenFixtures;

/**
 * One aggregate's events of a test's own process, as one hash chain: each the golden fixture's payload
 * (or a variant of it) re-sealed onto the test's ocid, at the fixture's time unless told otherwise.
 */
final class EventChain {

    private final String ocid;
    private final String aggregateId = UUID.randomUUID().toString();
    private long sequence;
    private String prevHash;

    EventChain(String ocid) {
        this.ocid = ocid;
    }

    <P> String next(EventType<P> type) {
        return next(type, p -> p);
    }

    <P> String next(EventType<P> type, UnaryOperator<P> change) {
        return next(type, change, GoldenFixtures.envelope(type).occurredAt());
    }

    <P> String next(EventType<P> type, UnaryOperator<P> change, Instant occurredAt) {
        EventEnvelope golden = GoldenFixtures.envelope(type);
        EventEnvelope sealed = EventEnvelope.seal(type, ocid, aggregateId, ++sequence, prevHash, occurredAt,
                golden.producer(), golden.actor(), change.apply(golden.payloadAs(type)));
        prevHash = sealed.hash();
        return EventJson.toJson(sealed);
    }
}
