package org.openprocure.support.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.openprocure.events.EventEnvelope;

/**
 * Applies a record from a topic through the {@link EventInbox}, each attempt in its own
 * transaction. When an attempt fails (the database is down, a lock times out) it is retried with a
 * growing pause, in place: the consumer does not move past a record it has not applied, so nothing
 * is skipped and the order of a process's events holds.
 */
@ApplicationScoped
public class EventProcessor {

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final EventInbox inbox;
    private final MeterRegistry meters;

    EventProcessor(EventInbox inbox, MeterRegistry meters) {
        this.inbox = inbox;
        this.meters = meters;
    }

    /**
     * @param topic the record's topic, or {@code null} for the topic of its event type
     * @param apply the effect of a new event; runs in the transaction that claims it
     */
    public void process(String record, String topic, Consumer<EventEnvelope> apply) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> inbox.receive(record, topic).ifPresent(apply));
                return;
            } catch (RuntimeException e) {
                meters.counter("openprocure.events.retries", "topic", String.valueOf(topic)).increment();
                LOG.warnf("applying a record from %s failed (attempt %d), retrying in %s: %s", topic, attempt, pause,
                        e.getMessage());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopped while retrying a record from " + topic, e);
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }
}
