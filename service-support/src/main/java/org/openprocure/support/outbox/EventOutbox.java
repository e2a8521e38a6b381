package org.openprocure.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.openprocure.events.Actor;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventType;
import org.openprocure.support.config.PlatformConfig;
import org.jboss.logging.Logger;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.tracing.EventTracing;

/**
 * Records an event in the caller's transaction, chained to the previous event of its aggregate. If
 * the transaction rolls back, the event was never emitted; if it commits, the relay will publish it.
 */
@ApplicationScoped
public class EventOutbox {

    private static final Logger LOG = Logger.getLogger(EventOutbox.class);

    /** Below the producer's 1 MiB {@code max.request.size}, with room for the record's key and headers. */
    public static final int MAX_EVENT_BYTES = 900 * 1024;

    private final EntityManager em;
    private final Clock clock;
    private final PlatformConfig config;
    private final MeterRegistry meters;
    private final Event<Appended> appended;

    /** Fired for each event written; the relay, observing commits, publishes without waiting to poll. */
    public record Appended(String type) {
    }

    EventOutbox(EntityManager em, Clock clock, PlatformConfig config, MeterRegistry meters, Event<Appended> appended) {
        this.em = em;
        this.appended = appended;
        this.clock = clock;
        this.config = config;
        this.meters = meters;
    }

    /**
     * @param ocid the process the event belongs to; the Kafka key, so one process keeps its order.
     *     {@code null} only for events of aggregates that have no process yet (keyed by aggregate).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> EventEnvelope append(EventType<P> type, String ocid, String aggregateId, Actor actor, P payload) {
        // Serialises writers of one aggregate until commit, so sequences stay gap-free and the chain linear.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:aggregate, 0))")
                .setParameter("aggregate", aggregateId)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery(
                        "select sequence, hash from outbox_event where aggregate_id = :aggregate"
                                + " order by sequence desc limit 1")
                .setParameter("aggregate", aggregateId)
                .getResultList();
        long sequence = last.isEmpty() ? 1 : ((Number) last.get(0)[0]).longValue() + 1;
        String prevHash = last.isEmpty() ? null : ((String) last.get(0)[1]);

        EventEnvelope envelope = EventEnvelope.seal(type, ocid, aggregateId, sequence, prevHash, clock.instant(),
                config.producer(), actor, payload);

        String json = EventJson.toJson(envelope);
        int bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > MAX_EVENT_BYTES) {
            // The broker would refuse it after the caller was told it succeeded: refuse it now, with the change.
            throw new ProblemException(413, "Too large",
                    "This change would make a " + type.name() + " event of " + bytes + " bytes; the limit is "
                            + MAX_EVENT_BYTES + ". Shorten the texts or move them into documents.");
        }
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = type.topic();
        row.recordKey = ocid != null ? ocid : aggregateId;
        row.aggregateId = aggregateId;
        row.sequence = sequence;
        row.type = type.name();
        row.hash = envelope.hash();
        row.envelope = json;
        row.createdAt = envelope.occurredAt();
        // The request's trace goes on in whoever applies the event, however much later it is published.
        row.traceParent = EventTracing.currentTraceparent();
        row.persist();
        LOG.infof("recorded %s %s of %s", type.name(), envelope.eventId(), row.recordKey);
        meters.counter("openprocure.outbox.appended", "type", type.name()).increment();
        appended.fire(new Appended(type.name()));
        return envelope;
    }
}
