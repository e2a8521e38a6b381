package org.openprocure.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openprocure.contract.analytics.Process;
import org.openprocure.contract.analytics.ProcessEvent;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventHashing;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.tender.ConsultationOpened;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.support.inbox.EventProcessor;

/**
 * Keeps each process's history, summary and awards from the events, and checks its hash chains on
 * demand.
 */
@ApplicationScoped
public class ProcessHistory {

    private final EventProcessor processor;
    private final AwardReadModel awards;

    ProcessHistory(EventProcessor processor, AwardReadModel awards) {
        this.processor = processor;
        this.awards = awards;
    }

    /** Adds the record's event, once, to its process's history. */
    public void record(String record, String topic) {
        processor.process(record, topic, event -> {
            if (event.ocid() == null) {
                return;
            }
            ProcessEvent row = new ProcessEvent();
            row.eventId = event.eventId();
            row.ocid = event.ocid();
            row.aggregateId = event.aggregateId();
            row.sequence = event.sequence();
            row.type = event.type();
            row.producer = event.producer();
            row.occurredAt = event.occurredAt();
            row.hash = event.hash();
            row.prevHash = event.prevHash();
            row.envelope = record;
            row.persist();
            awards.apply(event, summarise(event));
        });
    }

    private Process summarise(EventEnvelope event) {
        Process process = Process.findById(event.ocid());
        if (process == null) {
            process = new Process();
            process.ocid = event.ocid();
            process.status = "planning";
        }
        if (process.lastEventAt == null || event.occurredAt().isAfter(process.lastEventAt)) {
            process.lastEventAt = event.occurredAt();
        }
        if (EventTypes.TENDER_PUBLISHED.name().equals(event.type())) {
            TenderPublished tender = event.payloadAs(EventTypes.TENDER_PUBLISHED);
            process.title = tender.title();
            process.buyerId = tender.buyer().id();
            process.buyerName = tender.buyer().name();
            process.status = "active";
            process.procurementMethod = tender.procurementMethod();
            process.mainProcurementCategory = tender.mainProcurementCategory();
            process.valueAmount = tender.value().amount();
            process.currency = tender.value().currency();
            process.publishedAt = tender.publishedAt();
            process.submissionDeadline = tender.tenderPeriod().endDate();
        } else if (EventTypes.CONSULTATION_OPENED.name().equals(event.type())) {
            ConsultationOpened draft = event.payloadAs(EventTypes.CONSULTATION_OPENED);
            process.title = draft.title();
            process.buyerId = draft.buyer().id();
            process.buyerName = draft.buyer().name();
            process.procurementMethod = draft.procurementMethod();
            process.mainProcurementCategory = draft.mainProcurementCategory();
            process.valueAmount = draft.value().amount();
            process.currency = draft.value().currency();
        } else if (EventTypes.TENDER_AMENDED.name().equals(event.type())) {
            TenderPublished notice = event.payloadAs(EventTypes.TENDER_AMENDED).notice();
            process.title = notice.title();
            process.valueAmount = notice.value().amount();
            process.submissionDeadline = notice.tenderPeriod().endDate();
        } else if (EventTypes.SUBMISSION_DEADLINE_EXTENDED.name().equals(event.type())) {
            process.submissionDeadline = event.payloadAs(EventTypes.SUBMISSION_DEADLINE_EXTENDED).tenderPeriod()
                    .endDate();
        } else if (EventTypes.TENDER_CANCELLED.name().equals(event.type())
                && event.payloadAs(EventTypes.TENDER_CANCELLED).tenderCancelled()) {
            process.status = "cancelled";
        }
        process.persist();
        return process;
    }

    @Transactional
    public Optional<Process> process(String ocid) {
        return Process.findByIdOptional(ocid);
    }

    /** The process's events in the order they happened. */
    @Transactional
    public List<ProcessEvent> timeline(String ocid) {
        return ProcessEvent.<ProcessEvent>list("ocid", ocid).stream()
                .sorted(Comparator.comparing((ProcessEvent e) -> e.occurredAt)
                        .thenComparing(e -> e.aggregateId).thenComparingLong(e -> e.sequence))
                .toList();
    }

    /**
     * Checks the chain of every aggregate of the process, from its first event. Chains are per
     * producer and aggregate: two services may use the same id for their own aggregates.
     */
    public Optional<EventHashing.ChainBreak> verify(List<ProcessEvent> timeline) {
        Map<String, List<EventEnvelope>> byAggregate = new TreeMap<>();
        for (ProcessEvent e : timeline) {
            byAggregate.computeIfAbsent(e.producer + '/' + e.aggregateId, k -> new ArrayList<>())
                    .add(EventJson.parse(e.envelope));
        }
        for (List<EventEnvelope> chain : byAggregate.values()) {
            chain.sort(Comparator.comparingLong(EventEnvelope::sequence));
            Optional<EventHashing.ChainBreak> broken = EventHashing.verifyChain(chain);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }
}
