package org.openprocure.evaluation.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openprocure.evaluation.Evaluation;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Topics;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.support.inbox.EventInbox;

/** Opens an evaluation for each published tender; bid events will drive it once bids are opened. */
@ApplicationScoped
public class ProcurementEventsConsumer {

    private final EventInbox inbox;
    private final Clock clock;

    ProcurementEventsConsumer(EventInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Incoming("tender-events")
    @Blocking
    @Transactional
    public void onTenderEvent(String record) {
        inbox.receive(record, Topics.TENDER).ifPresent(this::applyTenderEvent);
    }

    /** No bid event changes an evaluation yet; the inbox still records each one as processed. */
    @Incoming("bid-events")
    @Blocking
    @Transactional
    public void onBidEvent(String record) {
        inbox.receive(record, Topics.BID);
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
