package org.openprocure.tender.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.reactive.messaging.memory.InMemorySink;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventType;

/**
 * The events the outbox relay handed to the in-memory {@code events-out} channel, per process. The
 * relay publishes after commit, on its own thread: waiting for an event is waiting for the relay,
 * never for time to pass.
 */
final class EmittedEvents {

    private static final Duration RELAY = Duration.ofSeconds(10);

    private final InMemorySink<String> sink;

    EmittedEvents(InMemorySink<String> sink) {
        this.sink = sink;
    }

    /** Every event of the process received so far, in the order received. */
    List<EventEnvelope> of(String ocid) {
        return sink.received().stream().map(Message::getPayload).map(EventJson::parse)
                .filter(e -> ocid.equals(e.ocid())).toList();
    }

    List<EventEnvelope> of(String ocid, EventType<?> type) {
        return of(ocid).stream().filter(e -> e.type().equals(type.name())).toList();
    }

    /** Waits until {@code count} events of the type have arrived for the process, and returns them. */
    List<EventEnvelope> await(String ocid, EventType<?> type, int count) {
        Awaitility.await().atMost(RELAY).until(() -> of(ocid, type).size() >= count);
        List<EventEnvelope> found = of(ocid, type);
        assertEquals(count, found.size(), "number of " + type.name() + " events of " + ocid);
        return found;
    }

    /** The one event of the type for the process. */
    EventEnvelope one(String ocid, EventType<?> type) {
        return await(ocid, type, 1).get(0);
    }
}
