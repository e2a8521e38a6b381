package org.openprocure.evaluation.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openprocure.evaluation.Evaluation;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Topics;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.support.inbox.EventProcessor;

/** Opens an evaluation for each published tender; bid events will drive it once bids are opened. */
@ApplicationScoped
public class ProcurementEventsConsumer {

    private final EventProcessor processor;
    private final Clock clock;

    ProcurementEventsConsumer(EventProcessor processor, Clock clock) {
        this.processor = processor;
        this.clock = clock;
    }

    @Incoming("tender-events")
    @Blocking
    public void onTenderEvent(String record) {
        processor.process(record, Topics.TENDER, this::applyTenderEvent);
    }

    /** The opening record starts the evaluation; other bid events are recorded as processed, without effect. */
    @Incoming("bid-events")
    @Blocking
    public void onBidEvent(String record) {
        processor.process(record, Topics.BID, this::applyBidEvent);
    }

    private void applyBidEvent(EventEnvelope event) {
        if (EventTypes.BIDS_OPENED.name().equals(event.type())) {
            BidsOpened opened = event.payloadAs(EventTypes.BIDS_OPENED);
            Evaluation evaluation = Evaluation.findById(event.ocid());
            if (evaluation == null) {
                return;
            }
            evaluation.status = Evaluation.Status.BIDS_OPENED;
            evaluation.openedAt = opened.openedAt();
            evaluation.bidCount = opened.bidCount();
            evaluation.openedBids = EventJson.toTree(opened.bids()).toString();
        }
    }

    private void applyTenderEvent(EventEnvelope event) {
        if (EventTypes.TENDER_PUBLISHED.name().equals(event.type())) {
            TenderPublished tender = event.payloadAs(EventTypes.TENDER_PUBLISHED);
            Evaluation evaluation = Evaluation.findById(event.ocid());
            if (evaluation == null) {
                evaluation = new Evaluation();
                evaluation.ocid = event.ocid();
                evaluation.status = Evaluation.Status.AWAITING_OPENING;
                evaluation.createdAt = clock.instant();
            }
            evaluation.tenderId = tender.tenderId();
            evaluation.buyerId = tender.buyer().id();
            evaluation.title = tender.title();
            evaluation.awardCriteria = tender.awardCriteria();
            evaluation.lotCount = tender.lots().size();
            evaluation.openingDate = tender.openingDate();
            evaluation.persist();
        }
    }
}
