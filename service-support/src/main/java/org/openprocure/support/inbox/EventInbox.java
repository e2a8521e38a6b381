package org.openprocure.support.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventType;
import org.openprocure.events.EventTypes;
import org.openprocure.events.MalformedEventException;

/**
 * The consuming side of the event contract. {@link #receive} turns a record from a topic into an
 * event to apply, at most once: in the caller's transaction it claims the event id in {@code
 * processed_event}, so a redelivered event (relay retry, consumer restart, rebalance) is dropped, and
 * an event is marked processed only if its effect commits with it.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final EntityManager em;
    private final Clock clock;
    private final MeterRegistry meters;

    EventInbox(EntityManager em, Clock clock, MeterRegistry meters) {
        this.em = em;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * @param topic where the record came from; {@code null} for the topic its event type is registered on
     * @return the event to apply now, or empty when it was applied before, is malformed, arrived on
     *     the wrong topic, fails its hash check (logged and counted: never applied), or is of a type
     *     or version this service does not know (logged, counted, left unclaimed)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<EventEnvelope> receive(String record, String topic) {
        EventEnvelope event;
        try {
            event = EventJson.parse(record);
        } catch (MalformedEventException e) {
            LOG.errorf("dropped a malformed record on %s: %s", topic, e.getMessage());
            count(topic == null ? "unknown" : topic, "unknown", "malformed");
            return Optional.empty();
        }
        java.util.Optional<EventType<?>> type = EventTypes.byName(event.type());
        if (type.isEmpty() || type.get().schemaVersion() != event.schemaVersion()) {
            // A type or version this build does not know, e.g. from a newer producer during an upgrade:
            // not claimed, so a replay after the upgrade applies it.
            LOG.warnf("skipped event %s: %s v%d is not known to this service", event.eventId(), event.type(),
                    event.schemaVersion());
            count(topic == null ? "unknown" : topic, "unregistered", "unsupported");
            return Optional.empty();
        }
        if (topic == null) {
            topic = type.get().topic();
        }
        if (!type.get().topic().equals(topic)) {
            LOG.errorf("dropped event %s: %s belongs on %s, not %s", event.eventId(), event.type(),
                    type.get().topic(), topic);
            count(topic, event.type(), "misrouted");
            return Optional.empty();
        }
        if (!event.hashIsValid()) {
            LOG.errorf("dropped event %s (%s) on %s: its hash does not match its content", event.eventId(),
                    event.type(), topic);
            count(topic, event.type(), "tampered");
            return Optional.empty();
        }
        try {
            event.payloadAs(type.get());
        } catch (MalformedEventException e) {
            LOG.errorf("dropped event %s (%s): %s", event.eventId(), event.type(), e.getMessage());
            count(topic, event.type(), "malformed");
            return Optional.empty();
        }
        int claimed = em.createNativeQuery("insert into processed_event (event_id, topic, type, ocid, processed_at)"
                        + " values (:id, :topic, :type, :ocid, :at) on conflict (event_id) do nothing")
                .setParameter("id", event.eventId())
                .setParameter("topic", topic)
                .setParameter("type", event.type())
                .setParameter("ocid", event.ocid())
                .setParameter("at", clock.instant())
                .executeUpdate();
        if (claimed == 0) {
            count(topic, event.type(), "duplicate");
            return Optional.empty();
        }
        count(topic, event.type(), "applied");
        LOG.infof("applying %s %s of %s from %s", event.type(), event.eventId(), event.ocid(), topic);
        return Optional.of(event);
    }

    private void count(String topic, String type, String outcome) {
        meters.counter("openprocure.events.received", "topic", topic, "type", type, "outcome", outcome).increment();
    }
}
