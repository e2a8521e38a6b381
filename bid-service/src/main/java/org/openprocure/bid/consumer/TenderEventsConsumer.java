package org.openprocure.bid.consumer;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openprocure.bid.TenderSchedule;
import org.openprocure.bid.service.KeyCeremony;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Topics;
import org.openprocure.events.tender.SubmissionDeadlineExtended;
import org.openprocure.events.tender.TenderAmended;
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.support.inbox.EventProcessor;

/**
 * Learns each tender's deadline and opening committee from {@code procurement.tender}, and keeps them
 * true through deadline extensions, amendments, cancellation and the close of tendering.
 */
@ApplicationScoped
public class TenderEventsConsumer {

    private final EventProcessor processor;
    private final Clock clock;
    private final KeyCeremony keyCeremony;

    TenderEventsConsumer(EventProcessor processor, Clock clock, KeyCeremony keyCeremony) {
        this.processor = processor;
        this.clock = clock;
        this.keyCeremony = keyCeremony;
    }

    @Incoming("tender-events")
    @Blocking
    public void onTenderEvent(String record, Optional<IncomingKafkaRecordMetadata<String, String>> kafka) {
        processor.process(record, Topics.TENDER, kafka, this::apply);
    }

    private void apply(EventEnvelope event) {
        String type = event.type();
        if (EventTypes.TENDER_PUBLISHED.name().equals(type)) {
            tenderPublished(event.ocid(), event.payloadAs(EventTypes.TENDER_PUBLISHED));
        } else if (EventTypes.TENDER_AMENDED.name().equals(type)) {
            TenderAmended amended = event.payloadAs(EventTypes.TENDER_AMENDED);
            known(event).ifPresent(schedule -> {
                if (amended.noticeVersion() > schedule.noticeVersion) {
                    update(schedule, amended.notice());
                    if (amended.bidsMustBeReconfirmed()) {
                        schedule.bidsMustBeReconfirmedSince = amended.noticeVersion();
                    }
                }
            });
        } else if (EventTypes.SUBMISSION_DEADLINE_EXTENDED.name().equals(type)) {
            SubmissionDeadlineExtended extended = event.payloadAs(EventTypes.SUBMISSION_DEADLINE_EXTENDED);
            known(event).ifPresent(schedule -> {
                if (extended.noticeVersion() > schedule.noticeVersion) {
                    schedule.noticeVersion = extended.noticeVersion();
                    schedule.submissionDeadline = extended.tenderPeriod().endDate();
                    schedule.openingDate = extended.openingDate();
                    schedule.recordedAt = clock.instant();
                }
            });
        } else if (EventTypes.TENDER_CANCELLED.name().equals(type)) {
            TenderCancelled cancelled = event.payloadAs(EventTypes.TENDER_CANCELLED);
            if (cancelled.tenderCancelled()) {
                known(event).ifPresent(schedule -> {
                    schedule.cancelled = true;
                    schedule.cancellationReason = cancelled.reason();
                });
            }
        } else if (EventTypes.TENDERING_CLOSED.name().equals(type)) {
            known(event).ifPresent(schedule -> schedule.closedAt = event.occurredAt());
        }
    }

    /** The tender an event is about; events of a tender never published (a consultation) concern nobody here. */
    private static java.util.Optional<TenderSchedule> known(EventEnvelope event) {
        return TenderSchedule.findByIdOptional(event.ocid());
    }

    private void update(TenderSchedule schedule, TenderPublished notice) {
        schedule.noticeVersion = notice.noticeVersion();
        schedule.submissionDeadline = notice.tenderPeriod().endDate();
        schedule.openingDate = notice.openingDate();
        schedule.lotCount = notice.lots().size();
        schedule.recordedAt = clock.instant();
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
        keyCeremony.keyFor(ocid, tender);
    }
}
