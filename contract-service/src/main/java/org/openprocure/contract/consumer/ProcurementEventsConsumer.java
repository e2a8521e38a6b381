package org.openprocure.contract.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.openprocure.contract.ocds.OcdsPublication;
import org.openprocure.contract.service.ContractOpening;
import org.openprocure.contract.service.ProcessHistory;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.MalformedEventException;
import org.openprocure.support.tracing.EventTracing;

/**
 * Reads every topic from the beginning into the analytics read models, the contracts and the open data.
 *
 * <p>Records come in the batches the Kafka consumer polled (at most {@code max.poll.records}). A batch is
 * applied in one transaction, each record exactly as alone (history, then contract, then release, in the
 * trace of its own {@code traceparent}), so that a stream of events costs one commit per batch rather than
 * several per event; the buyer, supplier and CPV division rows the batch touched are recomputed once, at its end,
 * rather than after each event. A batch first takes the locks of all its processes, in the one order every replica
 * follows, so replicas' batches that share a process wait for each other rather than deadlock; its releases are
 * stored at its end, so the feed's lock (positions in commit order) is held only from there to the commit. When
 * the batch fails (the database, a lock timeout), nothing of it is kept and its records are applied again one at a
 * time, each in transactions of its own with the history's retries, as a batch of one always is. The offsets are
 * committed only after that.
 */
@ApplicationScoped
public class ProcurementEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ProcurementEventsConsumer.class);

    private final ProcessHistory history;
    private final ContractOpening contracts;
    private final OcdsPublication ocds;
    private final EventTracing tracing;
    private final Counter batchesCommitted;
    private final Counter batchesSplit;
    private final Counter recordsBatched;
    private final EntityManager em;

    ProcurementEventsConsumer(ProcessHistory history, ContractOpening contracts, OcdsPublication ocds,
            EventTracing tracing, MeterRegistry meters, EntityManager em) {
        this.em = em;
        this.history = history;
        this.tracing = tracing;
        this.contracts = contracts;
        this.ocds = ocds;
        this.batchesCommitted = meters.counter("openprocure.events.batches", "outcome", "committed");
        this.batchesSplit = meters.counter("openprocure.events.batches", "outcome", "split");
        this.recordsBatched = meters.counter("openprocure.events.batched");
    }

    /** A record of a batch, with where it came from (unknown when the batch did not come from Kafka). */
    record Received(String record, String topic, String traceparent) {
    }

    @Incoming("procurement-events")
    @Blocking
    public CompletionStage<Void> onEvents(Message<List<String>> batch) {
        try {
            apply(received(batch));
        } catch (RuntimeException e) {
            return batch.nack(e);
        }
        return batch.ack();
    }

    @SuppressWarnings("unchecked")
    private static List<Received> received(Message<List<String>> batch) {
        Optional<IncomingKafkaRecordBatchMetadata<?, ?>> kafka = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .map(metadata -> (IncomingKafkaRecordBatchMetadata<?, ?>) metadata);
        List<Received> received = new ArrayList<>();
        if (kafka.isPresent()) {
            for (ConsumerRecord<?, ?> record : kafka.get().getRecords()) {
                received.add(new Received((String) record.value(), record.topic(),
                        EventTracing.traceparent(record.headers())));
            }
        } else {
            for (String record : batch.getPayload()) {
                received.add(new Received(record, null, null));
            }
        }
        return received;
    }

    /** The record's event, or {@code null} when it is malformed (the history's inbox has logged and counted it). */
    private static EventEnvelope parsed(String record) {
        try {
            return EventJson.parse(record);
        } catch (MalformedEventException e) {
            return null;
        }
    }

    /** Applies the records in order: together in one transaction, or one at a time when that fails. */
    void apply(List<Received> batch) {
        if (batch.size() > 1) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    List<EventEnvelope> events = batch.stream().map(r -> parsed(r.record())).toList();
                    ProcessHistory.Batch locked = history.beginBatch(
                            events.stream().filter(Objects::nonNull).map(EventEnvelope::ocid).toList());
                    OcdsPublication.Pending releases = new OcdsPublication.Pending();
                    for (int i = 0; i < batch.size(); i++) {
                        Received r = batch.get(i);
                        applyOne(r, events.get(i),
                                () -> history.recordInCurrentTransaction(r.record(), r.topic(), locked),
                                (event, added) -> ocds.publishInCurrentTransaction(event, releases, added));
                        // Written out and let go: every query flushes the persistence context first, whose
                        // checks would otherwise grow with each record of the batch.
                        em.flush();
                        em.clear();
                    }
                    history.endBatch(locked);
                    ocds.storeInCurrentTransaction(releases);
                });
                batchesCommitted.increment();
                recordsBatched.increment(batch.size());
                return;
            } catch (RuntimeException e) {
                batchesSplit.increment();
                LOG.warnf("a batch of %d records was not applied (%s); applying them one at a time", batch.size(),
                        e.getMessage());
            }
        }
        for (Received r : batch) {
            applyOne(r, parsed(r.record()), () -> {
                history.record(r.record(), r.topic());
                return false;
            }, (event, added) -> ocds.publish(event));
        }
    }

    /**
     * One record, in the trace of its {@code traceparent}: the history step given (whether it added the event to the
     * history just now), then the contract and the release of its event (none when the record is malformed).
     */
    private void applyOne(Received r, EventEnvelope event, BooleanSupplier historyStep,
            BiConsumer<EventEnvelope, Boolean> publishStep) {
        tracing.continued(r.topic(), r.traceparent(), () -> {
            boolean added = historyStep.getAsBoolean();
            if (event != null) {
                // After the history, whose process summary gives the contract its title and buyer.
                contracts.record(event);
                // After the history too: a release is compiled from the process's stored events.
                publishStep.accept(event, added);
            }
        });
    }
}
