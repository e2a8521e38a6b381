package org.openprocure.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;
import org.openprocure.support.config.PlatformConfig;
import org.openprocure.support.tracing.EventTracing;

/**
 * Publishes committed outbox rows to Kafka in id order and stamps them sent once the broker has
 * acknowledged them ({@code acks=all}, idempotent producer). Rows are claimed with {@code FOR UPDATE
 * SKIP LOCKED}, so replicas of a service share the work without sending a row twice at once. A row
 * that the broker does not acknowledge stays unsent and goes again on a later pass: delivery is at
 * least once, and consumers drop repeats by event id. Each record is published in a span continuing
 * the trace its event was written in, and carries that span as its {@code traceparent} header.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Every service's outgoing channel; its topic is that service's topic. */
    public static final String CHANNEL = "events-out";

    /** Key of the advisory lock that one relay of a service holds while it publishes. */
    public static final long RELAY_LOCK = 0x4f50_5245_4c41_5900L;

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final Emitter<String> emitter;
    private final PlatformConfig config;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AtomicLong unsent = new AtomicLong();
    /** When the oldest event still waiting was written; {@code null} when none waits. */
    private final AtomicReference<Instant> oldestUnsent = new AtomicReference<>();
    private final AtomicLong wakeUps = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ManagedExecutor executor;
    private final EventTracing tracing;

    OutboxRelay(EntityManager em, @Channel(CHANNEL) Emitter<String> emitter, PlatformConfig config, Clock clock,
            MeterRegistry meters, ManagedExecutor executor, EventTracing tracing) {
        this.em = em;
        this.tracing = tracing;
        this.executor = executor;
        this.emitter = emitter;
        this.config = config;
        this.clock = clock;
        this.meters = meters;
        Gauge.builder("openprocure.outbox.unsent", unsent, AtomicLong::get)
                .description("Events committed but not yet acknowledged by the broker")
                .register(meters);
        Gauge.builder("openprocure.outbox.oldest.unsent.age", this, OutboxRelay::oldestUnsentAgeSeconds)
                .description("How long the oldest event not yet acknowledged by the broker has waited")
                .baseUnit("seconds")
                .register(meters);
    }

    /** Seconds since the oldest waiting event was written, by this service's clock; 0 when none waits. */
    double oldestUnsentAgeSeconds() {
        Instant oldest = oldestUnsent.get();
        if (oldest == null) {
            return 0;
        }
        return Math.max(0, java.time.Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    /** The safety net: picks up whatever a wake-up missed, and retries what the broker refused. */
    @Scheduled(every = "${openprocure.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        relayPending();
    }

    /** A transaction with events committed: publish them now rather than at the next poll. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventOutbox.Appended appended) {
        // Counted now, so the gauge shows the event waiting even while a pass waits for the broker.
        unsent.incrementAndGet();
        oldestUnsent.compareAndSet(null, clock.instant());
        wakeUps.incrementAndGet();
        executor.execute(this::relayPending);
    }

    /** Publishes until the outbox is empty; one pass at a time, another round if woken meanwhile. */
    void relayPending() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        long seenAtEnd;
        try {
            long seen;
            do {
                seen = wakeUps.get();
                int published;
                do {
                    published = publishBatch();
                } while (published == config.outbox().batchSize());
            } while (wakeUps.get() != seen);
            seenAtEnd = seen;
            refreshUnsent();
        } finally {
            running.set(false);
        }
        if (wakeUps.get() != seenAtEnd) {
            // Woken between the last check and the release: go again rather than wait for the poll.
            relayPending();
        }
    }

    /** A row to publish, read without its entity so that stamping it does not rewrite it. */
    private record Pending(long id, java.util.UUID eventId, String topic, String recordKey, String type,
            String envelope, String traceParent) {
    }

    /**
     * One pass: publishes up to a batch of unsent rows in id order and stamps the acknowledged
     * ones. A transaction-scoped advisory lock lets one replica of the service relay at a time, so
     * two producers never race each other on one process's key.
     */
    public int publishBatch() {
        long timeoutSeconds = config.outbox().ackTimeout().toSeconds() + 30;
        return QuarkusTransaction.requiringNew().timeout((int) timeoutSeconds).call(() -> {
            boolean relayLock = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", RELAY_LOCK).getSingleResult();
            if (!relayLock) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "select id, event_id, topic, record_key, type, envelope, trace_parent from outbox_event"
                                    + " where sent_at is null order by id limit :limit")
                    .setParameter("limit", config.outbox().batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<Pending> batch = rows.stream().map(r -> new Pending(((Number) r[0]).longValue(),
                    (java.util.UUID) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6]))
                    .toList();
            List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
            for (Pending row : batch) {
                acks.add(send(row));
            }
            List<Long> acknowledged = new ArrayList<>();
            java.util.Set<String> heldBack = new java.util.HashSet<>();
            for (int i = 0; i < batch.size(); i++) {
                Pending row = batch.get(i);
                boolean acked = awaitAck(acks.get(i), row);
                // After a refusal, later rows of the same key stay unsent so that they go again after it,
                // in order; other keys are not held up by it.
                if (acked && !heldBack.contains(row.recordKey())) {
                    acknowledged.add(row.id());
                } else {
                    heldBack.add(row.recordKey());
                }
            }
            em.createNativeQuery("update outbox_event set attempts = attempts + 1 where id in (:ids)")
                    .setParameter("ids", batch.stream().map(Pending::id).toList()).executeUpdate();
            if (!acknowledged.isEmpty()) {
                em.createNativeQuery("update outbox_event set sent_at = :now where id in (:ids)")
                        .setParameter("now", clock.instant()).setParameter("ids", acknowledged).executeUpdate();
            }
            meters.counter("openprocure.outbox.published").increment(acknowledged.size());
            return acknowledged.size();
        });
    }

    private CompletableFuture<Void> send(Pending row) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        Span span = tracing.startPublish(row.topic(), row.traceParent());
        ack.whenComplete((done, failure) -> {
            if (failure != null) {
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        });
        RecordHeaders headers = new RecordHeaders();
        String traceparent = EventTracing.traceparentOf(span);
        if (traceparent != null) {
            headers.add(EventTracing.TRACEPARENT, traceparent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Message<String> message = Message.of(row.envelope())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic())
                        .withKey(row.recordKey())
                        .withHeaders(headers)
                        .build())
                .withAck(() -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    private boolean awaitAck(CompletableFuture<Void> ack, Pending row) {
        try {
            ack.get(config.outbox().ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            LOG.warnf("event %s (%s) not acknowledged within %s; it stays in the outbox", row.eventId(), row.type(),
                    config.outbox().ackTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warnf("event %s (%s) not published: %s; it stays in the outbox", row.eventId(), row.type(),
                    e.getMessage());
        }
        return false;
    }

    /** Reads how many events wait and since when, for the gauges; called at the end of every pass. */
    void refreshUnsent() {
        Object[] waiting = QuarkusTransaction.requiringNew().call(() -> (Object[]) em
                .createNativeQuery("select count(*), min(created_at) from outbox_event where sent_at is null")
                .getSingleResult());
        unsent.set(((Number) waiting[0]).longValue());
        oldestUnsent.set(waiting[1] == null ? null : toInstant(waiting[1]));
    }

    private static Instant toInstant(Object timestamp) {
        if (timestamp instanceof Instant instant) {
            return instant;
        }
        if (timestamp instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (timestamp instanceof java.sql.Timestamp sql) {
            return sql.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + timestamp.getClass());
    }
}
