package org.openprocure.tender.consumer;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Topics;
import org.openprocure.support.inbox.EventProcessor;
import org.openprocure.tender.service.TenderAwards;
import org.openprocure.tender.service.TenderOutcomes;

/**
 * The later stages of a tender come from the services that decide them: the opening of bids
 * ({@code procurement.bid}) starts evaluation, the evaluation's conclusion ({@code
 * procurement.evaluation}) makes the tender awarded or unsuccessful. On the way, each lot's award
 * (proposal, complaints, confirmation) or its failure is kept for the public view.
 */
@ApplicationScoped
public class OutcomeEventsConsumer {

    private final EventProcessor processor;
    private final TenderOutcomes outcomes;
    private final TenderAwards awards;

    OutcomeEventsConsumer(EventProcessor processor, TenderOutcomes outcomes, TenderAwards awards) {
        this.processor = processor;
        this.outcomes = outcomes;
        this.awards = awards;
    }

    @Incoming("bid-events")
    @Blocking
    public void onBidEvent(String record, Optional<IncomingKafkaRecordMetadata<String, String>> kafka) {
        processor.process(record, Topics.BID, kafka, this::apply);
    }

    @Incoming("evaluation-events")
    @Blocking
    public void onEvaluationEvent(String record, Optional<IncomingKafkaRecordMetadata<String, String>> kafka) {
        processor.process(record, Topics.EVALUATION, kafka, this::apply);
    }

    private void apply(EventEnvelope event) {
        String ocid = event.ocid();
        switch (event.type()) {
            case "BidsOpened" -> outcomes.bidsOpened(ocid, event.payloadAs(EventTypes.BIDS_OPENED));
            case "EvaluationConcluded" -> outcomes.evaluationConcluded(event);
            case "AwardProposed" ->
                    awards.awardProposed(ocid, event.payloadAs(EventTypes.AWARD_PROPOSED), event.occurredAt());
            case "ComplaintFiled" -> awards.complaintFiled(ocid, event.payloadAs(EventTypes.COMPLAINT_FILED));
            case "ComplaintDecided" ->
                    awards.complaintDecided(ocid, event.payloadAs(EventTypes.COMPLAINT_DECIDED), event.occurredAt());
            case "AwardConfirmed" -> awards.awardConfirmed(ocid, event.payloadAs(EventTypes.AWARD_CONFIRMED));
            case "TenderUnsuccessful" ->
                    awards.lotUnsuccessful(ocid, event.payloadAs(EventTypes.TENDER_UNSUCCESSFUL));
            default -> {
                // the evaluation's other steps (committee, scores, justifications) change nothing here
            }
        }
    }
}
