package org.openprocure.tender.rest;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventType;
import org.openprocure.events.GoldenFixtures;

/**
 * evaluation-service's events about one process of a test, as one hash chain: each the golden
 * fixture's payload (or a variant of it) re-sealed onto the test's ocid, with the fixture's time.
 */
final class EvaluationChain {

    private final String ocid;
    private final String aggregateId = UUID.randomUUID().toString();
    private long sequence;
    private String prevHash;

    EvaluationChain(String ocid) {
        this.ocid = ocid;
    }

    /** The next event: the golden fixture of the type, re-sealed. */
    <P> String next(EventType<P> type) {
        return next(type, p -> p);
    }

    /** The next event: the golden fixture's payload as {@code change} makes it, re-sealed. */
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

    static UUID eventId(String record) {
        return EventJson.parse(record).eventId();
    }
}
