package org.openprocure.contract.consumer;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.openprocure.contract.ocds.OcdsPublication;
import org.openprocure.contract.service.ContractOpening;
import org.openprocure.contract.service.ProcessHistory;
import org.openprocure.support.tracing.EventTracing;

/** Reads every topic from the beginning into the analytics read models, the contracts and the open data. */
@ApplicationScoped
public class ProcurementEventsConsumer {

    private final ProcessHistory history;
    private final ContractOpening contracts;
    private final OcdsPublication ocds;
    private final EventTracing tracing;

    ProcurementEventsConsumer(ProcessHistory history, ContractOpening contracts, OcdsPublication ocds,
            EventTracing tracing) {
        this.history = history;
        this.tracing = tracing;
        this.contracts = contracts;
        this.ocds = ocds;
    }

    @Incoming("procurement-events")
    @Blocking
    public CompletionStage<Void> onEvent(Message<String> message) {
        Optional<IncomingKafkaRecordMetadata<?, ?>> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (IncomingKafkaRecordMetadata<?, ?>) metadata);
        String topic = kafka.map(IncomingKafkaRecordMetadata::getTopic).orElse(null);
        try {
            // All three in the trace of the request that caused the event.
            tracing.continued(topic, EventTracing.traceparent(kafka), () -> {
                history.record(message.getPayload(), topic);
                // After the history, whose process summary gives the contract its title and buyer.
                contracts.record(message.getPayload());
                // After the history too: a release is compiled from the process's stored events.
                ocds.publish(message.getPayload());
            });
        } catch (RuntimeException e) {
            return message.nack(e);
        }
        return message.ack();
    }
}
