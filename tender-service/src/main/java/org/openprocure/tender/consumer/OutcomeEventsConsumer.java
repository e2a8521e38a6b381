package org.openprocure.tender.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Topics;
import org.openprocure.support.inbox.EventProcessor;
import org.openprocure.tender.service.TenderOutcomes;

/**
 * The later stages of a tender come from the services that decide them: the opening of bids
 * ({@code procurement.bid}) starts evaluation, the evaluation's conclusion ({@code
 * procurement.evaluation}) makes the tender awarded or unsuccessful.
 */
@ApplicationScoped
public class OutcomeEventsConsumer {

    private final EventProcessor processor;
    private final TenderOutcomes outcomes;

    OutcomeEventsConsumer(EventProcessor processor, TenderOutcomes outcomes) {
        this.processor = processor;
        this.outcomes = outcomes;
    }

    @Incoming("bid-events")
    @Blocking
    public void onBidEvent(String record) {
        processor.process(record, Topics.BID, this::apply);
    }

    @Incoming("evaluation-events")
    @Blocking
    public void onEvaluationEvent(String record) {
        processor.process(record, Topics.EVALUATION, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (EventTypes.BIDS_OPENED.name().equals(event.type())) {
            outcomes.bidsOpened(event.ocid(), event.payloadAs(EventTypes.BIDS_OPENED));
        } else if (EventTypes.EVALUATION_CONCLUDED.name().equals(event.type())) {
            outcomes.evaluationConcluded(event.ocid(), event.payloadAs(EventTypes.EVALUATION_CONCLUDED));
        }
    }
}
