package org.openprocure.tender.rest;

import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openprocure.support.time.ClockProducer;
import org.openprocure.support.time.MutableClock;
import org.openprocure.tender.service.DeadlineWatch;

/**
 * What the tender API's component tests share: the test clock back at its start, a clean view of the
 * emitted events, no identity left over from the test before, and the database state a refusal must
 * not change. Tests share one database: each makes its own tenders and looks only at those.
 */
abstract class TenderApiTestSupport {

    @Inject
    MutableClock clock;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager em;

    @Inject
    DeadlineWatch deadlineWatch;

    EmittedEvents events;

    @BeforeEach
    void startTheClockAndListen() {
        clock.set(ClockProducer.TEST_START);
        InMemorySink<String> sink = connector.sink("events-out");
        sink.clear();
        events = new EmittedEvents(sink);
    }

    @AfterEach
    void forgetTheIdentity() {
        Personas.reset();
    }

    Instant now() {
        return clock.instant();
    }

    Instant inDays(long days) {
        return ClockProducer.TEST_START.plus(Duration.ofDays(days));
    }

    Map<String, Long> databaseState() {
        return DatabaseState.snapshot(em);
    }

    long outboxEvents(String ocid, String type) {
        return DatabaseState.outboxEvents(em, ocid, type);
    }
}
