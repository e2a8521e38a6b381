package org.openprocure.evaluation.consumer;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openprocure.evaluation.Evaluation;
import org.openprocure.evaluation.service.Cancellation;
import org.openprocure.evaluation.service.TenderTerms;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Topics;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.tender.TenderAmended;
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.support.inbox.EventProcessor;

/**
 * Opens an evaluation for each published tender and keeps its terms until the opening; takes the
 * opening record's readable bids to evaluate; stops the evaluation of a cancelled tender or lot.
 */
@ApplicationScoped
public class ProcurementEventsConsumer {

    private static final org.jboss.logging.Logger LOG =
            org.jboss.logging.Logger.getLogger(ProcurementEventsConsumer.class);

    private final EventProcessor processor;
    private final Clock clock;
    private final Cancellation cancellation;
    private final EntityManager em;

    ProcurementEventsConsumer(EventProcessor processor, Clock clock, Cancellation cancellation, EntityManager em) {
        this.processor = processor;
        this.em = em;
        this.clock = clock;
        this.cancellation = cancellation;
    }

    @Incoming("tender-events")
    @Blocking
    public void onTenderEvent(String record, Optional<IncomingKafkaRecordMetadata<String, String>> kafka) {
        processor.process(record, Topics.TENDER, kafka, this::applyTenderEvent);
    }

    /**
     * The opening record starts the evaluation; other bid events are recorded as processed, without effect. An
     * opening that arrives before its tender's notice (another topic, another consumer) waits for the notice.
     */
    @Incoming("bid-events")
    @Blocking
    public void onBidEvent(String record, Optional<IncomingKafkaRecordMetadata<String, String>> kafka) {
        processor.process(record, Topics.BID, kafka, this::applyBidEvent);
    }

    private void applyBidEvent(EventEnvelope event) {
        if (EventTypes.BIDS_OPENED.name().equals(event.type())) {
            Evaluation evaluation = lockTender(event.ocid());
            if (evaluation == null) {
                // The notice comes on another topic and has not been applied yet: the opening waits for it.
                em.createNativeQuery("insert into opening_ahead_of_notice (ocid, opening, received_at)"
                                + " values (:ocid, :opening, :now) on conflict (ocid) do update"
                                + " set opening = excluded.opening, received_at = excluded.received_at")
                        .setParameter("ocid", event.ocid()).setParameter("opening", EventJson.toJson(event))
                        .setParameter("now", clock.instant()).executeUpdate();
                LOG.infof("the bids of %s were opened before its notice arrived here: the opening waits for it",
                        event.ocid());
                return;
            }
            open(evaluation, event.payloadAs(EventTypes.BIDS_OPENED));
        }
    }

    private static void open(Evaluation evaluation, BidsOpened opened) {
        if (evaluation.status == Evaluation.Status.AWAITING_OPENING) {
            evaluation.status = Evaluation.Status.BIDS_OPENED;
        }
        evaluation.openedAt = opened.openedAt();
        evaluation.bidCount = opened.bidCount();
        // Only readable bids can be evaluated; the unreadable stay on bid-service's public record.
        List<BidsOpened.Bid> readable = opened.bids().stream().filter(BidsOpened.Bid::readable).toList();
        evaluation.openedBids = EventJson.toTree(readable).toString();
    }

    /**
     * Serialises the two consumers' work on one tender until commit, and returns its evaluation (null while its
     * notice has not arrived) under the row lock: without the first lock an opening could be put on the waiting
     * list just after the notice's transaction looked there, and wait for ever.
     */
    private Evaluation lockTender(String ocid) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:ocid))").setParameter("ocid", ocid)
                .getSingleResult();
        // Then the row, as every other writer of an evaluation takes it (a cancellation, the committee's steps).
        return em.find(Evaluation.class, ocid, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** The opening record that arrived before this tender's notice, taken off the waiting list; empty when none. */
    private Optional<BidsOpened> openingAheadOfNotice(String ocid) {
        @SuppressWarnings("unchecked")
        List<String> waiting = em.createNativeQuery("delete from opening_ahead_of_notice where ocid = :ocid"
                + " returning opening").setParameter("ocid", ocid).getResultList();
        return waiting.stream().findFirst().map(json -> EventJson.parse(json).payloadAs(EventTypes.BIDS_OPENED));
    }

    private void applyTenderEvent(EventEnvelope event) {
        if (EventTypes.TENDER_PUBLISHED.name().equals(event.type())) {
            takeNotice(event.ocid(), event.payloadAs(EventTypes.TENDER_PUBLISHED));
        } else if (EventTypes.TENDER_AMENDED.name().equals(event.type())) {
            TenderAmended amended = event.payloadAs(EventTypes.TENDER_AMENDED);
            takeNotice(event.ocid(), amended.notice());
        } else if (EventTypes.TENDER_CANCELLED.name().equals(event.type())) {
            TenderCancelled cancelled = event.payloadAs(EventTypes.TENDER_CANCELLED);
            cancellation.apply(event.ocid(), cancelled.lotId(), cancelled.reason(), cancelled.tenderCancelled());
        }
    }

    /** The notice's terms, kept until the opening: what was opened is evaluated as it was tendered. */
    private void takeNotice(String ocid, TenderPublished tender) {
        Evaluation evaluation = lockTender(ocid);
        if (evaluation == null) {
            evaluation = new Evaluation();
            evaluation.ocid = ocid;
            evaluation.aggregateId = UUID.randomUUID().toString();
            evaluation.status = Evaluation.Status.AWAITING_OPENING;
            evaluation.createdAt = clock.instant();
        } else if (evaluation.status != Evaluation.Status.AWAITING_OPENING) {
            return;
        }
        evaluation.tenderId = tender.tenderId();
        evaluation.buyerId = tender.buyer().id();
        evaluation.buyerName = tender.buyer().name();
        evaluation.title = tender.title();
        evaluation.awardCriteria = tender.awardCriteria();
        evaluation.lotCount = tender.lots().size();
        evaluation.openingDate = tender.openingDate();
        evaluation.lots = TenderTerms.json(tender.lots().stream()
                .map(l -> new TenderTerms.Lot(l.id(), l.title(), l.value(), l.status())).toList());
        evaluation.criteria = TenderTerms.json(tender.criteria() == null ? List.of() : tender.criteria().stream()
                .map(c -> new TenderTerms.Criterion(c.name(), c.type(), c.weight())).toList());
        evaluation.persist();
        Evaluation opened = evaluation;
        openingAheadOfNotice(ocid).ifPresent(opening -> open(opened, opening));
    }
}
