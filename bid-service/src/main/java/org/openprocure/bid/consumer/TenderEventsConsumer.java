package org.openprocure.bid.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openprocure.bid.TenderSchedule;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Topics;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.support.inbox.EventProcessor;

/** Learns each tender's deadline and opening committee from {@code procurement.tender}. */
@ApplicationScoped
public class TenderEventsConsumer {

    private final EventProcessor processor;
    private final Clock clock;

    TenderEventsConsumer(EventProcessor processor, Clock clock) {
        this.processor = processor;
        this.clock = clock;
    }

    @Incoming("tender-events")
    @Blocking
    public void onTenderEvent(String record) {
        processor.process(record, Topics.TENDER, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (EventTypes.TENDER_PUBLISHED.name().equals(event.type())) {
            tenderPublished(event.ocid(), event.payloadAs(EventTypes.TENDER_PUBLISHED));
        }
    }

    private void tenderPublished(String ocid, TenderPublished tender) {
        TenderSchedule schedule = TenderSchedule.findById(ocid);
        if (schedule == null) {
            schedule = new TenderSchedule();
            schedule.ocid = ocid;
        }
        schedule.tenderId = tender.tenderId();
        schedule.buyerId = tender.buyer().id();
        schedule.noticeVersion = tender.noticeVersion();
        schedule.submissionDeadline = tender.tenderPeriod().endDate();
        schedule.openingDate = tender.openingDate();
        schedule.committeeThreshold = tender.openingCommittee().threshold();
        schedule.committeeSize = tender.openingCommittee().members().size();
        schedule.lotCount = tender.lots().size();
        schedule.recordedAt = clock.instant();
        schedule.persist();
    }
}
