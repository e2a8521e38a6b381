package org.openprocure.support.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.openprocure.events.EventEnvelope;
import org.openprocure.support.tracing.EventTracing;

/**
 * Applies a record from a topic through the {@link EventInbox}, each attempt in its own
 * transaction. When an attempt fails (the database is down, a lock times out) it is retried with a
 * growing pause, in place: the consumer does not move past a record it has not applied, so nothing
 * is skipped and the order of a process's events holds. A record is processed in the trace of its
 * {@code traceparent} header, so its log lines carry the trace id of the request that caused it.
 */
@ApplicationScoped
public class EventProcessor {

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final EventInbox inbox;
    private final MeterRegistry meters;
    private final EventTracing tracing;

    EventProcessor(EventInbox inbox, MeterRegistry meters, EventTracing tracing) {
        this.inbox = inbox;
        this.meters = meters;
        this.tracing = tracing;
    }

    /**
     * Applies a record from Kafka in the trace its {@code traceparent} header names.
     *
     * @param kafka the record's Kafka metadata, absent when the record did not come from Kafka
     * @see #process(String, String, Consumer)
     */
    public void process(String record, String topic, Optional<? extends IncomingKafkaRecordMetadata<?, ?>> kafka,
            Consumer<EventEnvelope> apply) {
        String recordTopic = topic != null ? topic : kafka.map(IncomingKafkaRecordMetadata::getTopic).orElse(null);
        tracing.continued(recordTopic, EventTracing.traceparent(kafka), () -> process(record, topic, apply));
    }

    /**
     * Applies a record in the caller's transaction, with no retry: for a batch of records committed together,
     * whose caller applies them again one at a time through {@link #process(String, String, Consumer)} when the
     * batch fails.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public void processInCurrentTransaction(String record, String topic, Consumer<EventEnvelope> apply) {
        inbox.receive(record, topic).ifPresent(apply);
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
