package org.openprocure.contract.flags;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.contract.ContractAmended;
import org.openprocure.events.contract.ContractSigned;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.evaluation.QualificationDecided;
import org.openprocure.events.tender.ConsultationOpened;
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.events.tender.TenderPublished;

/**
 * What the red flags and the audit report need of one process, read from its stored events in timeline
 * order, each fact with the id of the event it came from: the notice (buyer, method, lots with their CPV
 * code and estimate), the opening record's bids and prices, the latest qualification of each bid for each
 * lot, the confirmed awards and the contracts with their amendments.
 */
public final class ProcessFacts {

    /** A lot of the notice: its first item's CPV code, and the estimate. */
    public record Lot(String id, String title, String cpv, Money estimate) {
    }

    /** The latest qualification decision on one bid for one lot. */
    public record Qualification(boolean qualified, String eventId) {
    }

    public record Award(String awardId, String lotId, String bidId, Organization supplier, Money value,
            Instant confirmedAt, String eventId) {
    }

    public record Contract(String contractId, String lotId, Organization supplier, Money awardValue, Money value,
            Instant dateSigned, Instant lastAmendedAt, int amendments, List<EventRef> events) {
    }

    public record EventRef(String type, String eventId) {
    }

    private final String ocid;
    private String title;
    private Organization buyer;
    private String procurementMethod;
    private Instant publishedAt;
    private boolean cancelled;
    private Instant lastEventAt;
    private final Map<String, Lot> lots = new LinkedHashMap<>();
    private final List<EventRef> noticeEvents = new ArrayList<>();
    private BidsOpened opening;
    private String openingEventId;
    private final Map<String, Qualification> qualifications = new LinkedHashMap<>();
    private final List<EventRef> qualificationEvents = new ArrayList<>();
    private final Map<String, Award> awards = new LinkedHashMap<>();
    private final Map<String, Contract> contracts = new LinkedHashMap<>();

    private ProcessFacts(String ocid) {
        this.ocid = ocid;
    }

    /** The event types whose payloads the facts are read from; the others only move {@link #lastEventAt()}. */
    public static final List<String> TYPES = List.of("ConsultationOpened", "TenderPublished", "TenderAmended",
            "SubmissionDeadlineExtended", "TenderCancelled", "BidsOpened", "QualificationDecided", "AwardConfirmed",
            "ContractSigned", "ContractAmended");

    /** The facts of one process from its events, in timeline order. */
    public static ProcessFacts of(String ocid, List<EventEnvelope> timeline) {
        return of(ocid, timeline, null);
    }

    /**
     * The facts of one process from its events of the {@link #TYPES}, in timeline order, and the time of its
     * latest event of any type.
     */
    public static ProcessFacts of(String ocid, List<EventEnvelope> timeline, Instant lastEventAt) {
        ProcessFacts facts = new ProcessFacts(ocid);
        facts.lastEventAt = lastEventAt;
        timeline.forEach(facts::apply);
        return facts;
    }

    private void apply(EventEnvelope event) {
        if (lastEventAt == null || event.occurredAt().isAfter(lastEventAt)) {
            lastEventAt = event.occurredAt();
        }
        try {
            read(event);
        } catch (RuntimeException e) {
            // A payload this version cannot map says nothing the flags could use; the rest of the history still counts.
        }
    }

    /**
     * The opening record without what no flag reads (the bids' answers, documents and envelope hashes, the
     * decoys, the key holders): a whole history's facts are held at once.
     */
    private static BidsOpened withoutContents(BidsOpened opening) {
        return new BidsOpened(opening.tenderId(), opening.openedAt(), opening.bidCount(), List.of(),
                opening.bids().stream().map(b -> new BidsOpened.Bid(b.bidId(), b.version(), b.bidderId(),
                        b.bidderName(), b.receivedAt(), null, b.lots(), List.of(), List.of(),
                        b.reconfirmed(), b.readable(), b.problem())).toList(), List.of());
    }

    private void read(EventEnvelope event) {
        String id = event.eventId().toString();
        // One String per type name, not one per event: a whole history's references are held at once.
        String type = event.type().intern();
        switch (event.type()) {
            case "ConsultationOpened" -> {
                ConsultationOpened c = event.payloadAs(EventTypes.CONSULTATION_OPENED);
                if (buyer == null) {
                    title = c.title();
                    buyer = c.buyer();
                    procurementMethod = c.procurementMethod();
                }
            }
            case "TenderPublished" -> notice(event.payloadAs(EventTypes.TENDER_PUBLISHED), event, id);
            case "TenderAmended" -> notice(event.payloadAs(EventTypes.TENDER_AMENDED).notice(), event, id);
            case "SubmissionDeadlineExtended" -> noticeEvents.add(new EventRef(type, id));
            case "TenderCancelled" -> {
                TenderCancelled c = event.payloadAs(EventTypes.TENDER_CANCELLED);
                if (c.tenderCancelled()) {
                    cancelled = true;
                }
            }
            case "BidsOpened" -> {
                opening = withoutContents(event.payloadAs(EventTypes.BIDS_OPENED));
                openingEventId = id;
            }
            case "QualificationDecided" -> {
                QualificationDecided q = event.payloadAs(EventTypes.QUALIFICATION_DECIDED);
                qualifications.put(key(q.bidId(), q.lotId()), new Qualification(q.qualified(), id));
                qualificationEvents.add(new EventRef(type, id));
            }
            case "AwardConfirmed" -> {
                AwardConfirmed a = event.payloadAs(EventTypes.AWARD_CONFIRMED);
                awards.put(a.awardId(), new Award(a.awardId(), a.lotId(), a.bidId(), a.supplier(), a.value(),
                        a.confirmedAt(), id));
            }
            case "ContractSigned" -> {
                ContractSigned s = event.payloadAs(EventTypes.CONTRACT_SIGNED);
                contracts.put(s.contractId(), new Contract(s.contractId(), s.lotId(), s.supplier(), s.awardValue(),
                        s.value(), s.dateSigned(), null, 0, List.of(new EventRef(type, id))));
            }
            case "ContractAmended" -> {
                ContractAmended a = event.payloadAs(EventTypes.CONTRACT_AMENDED);
                Contract c = contracts.get(a.contractId());
                if (c != null && a.value() != null) {
                    List<EventRef> ids = new ArrayList<>(c.events());
                    ids.add(new EventRef(type, id));
                    contracts.put(c.contractId(), new Contract(c.contractId(), c.lotId(), c.supplier(),
                            c.awardValue(), a.value(), c.dateSigned(), event.occurredAt(), c.amendments() + 1,
                            List.copyOf(ids)));
                }
            }
            default -> {
                // nothing the red flags or the report read
            }
        }
    }

    private void notice(TenderPublished notice, EventEnvelope event, String id) {
        noticeEvents.add(new EventRef(event.type().intern(), id));
        title = notice.title();
        buyer = notice.buyer();
        procurementMethod = notice.procurementMethod();
        if (publishedAt == null) {
            publishedAt = notice.publishedAt() != null ? notice.publishedAt() : event.occurredAt();
        }
        lots.clear();
        if (notice.lots() != null) {
            for (TenderPublished.Lot lot : notice.lots()) {
                String cpv = lot.items() == null ? null : lot.items().stream()
                        .filter(i -> i.classification() != null && i.classification().id() != null)
                        .map(i -> i.classification().id()).findFirst().orElse(null);
                lots.put(lot.id(), new Lot(lot.id(), lot.title(), cpv, lot.value()));
            }
        }
    }

    static String key(String bidId, String lotId) {
        return bidId + "\u0000" + lotId;
    }

    public String ocid() {
        return ocid;
    }

    public String title() {
        return title;
    }

    public Organization buyer() {
        return buyer;
    }

    public String procurementMethod() {
        return procurementMethod;
    }

    /** When the notice was first published; null for a process only put out for consultation. */
    public Instant publishedAt() {
        return publishedAt;
    }

    /** When the latest of its events happened. */
    public Instant lastEventAt() {
        return lastEventAt;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public Map<String, Lot> lots() {
        return lots;
    }

    public List<EventRef> noticeEvents() {
        return noticeEvents;
    }

    /** The opening record, or null before the opening. */
    public BidsOpened opening() {
        return opening;
    }

    public String openingEventId() {
        return openingEventId;
    }

    /** The latest qualification of a bid for a lot, or null while undecided. */
    public Qualification qualification(String bidId, String lotId) {
        return qualifications.get(key(bidId, lotId));
    }

    public List<EventRef> qualificationEvents() {
        return qualificationEvents;
    }

    public List<Award> awards() {
        return List.copyOf(awards.values());
    }

    public List<Contract> contracts() {
        return List.copyOf(contracts.values());
    }

    /** The events the bids' prices, statuses and awards came from. */
    public List<EventRef> bidEvents() {
        List<EventRef> refs = new ArrayList<>();
        if (openingEventId != null) {
            refs.add(new EventRef("BidsOpened", openingEventId));
        }
        refs.addAll(qualificationEvents);
        awards.values().forEach(a -> refs.add(new EventRef("AwardConfirmed", a.eventId())));
        return refs;
    }

    /** A bid's price for a lot, or null. */
    public static BigDecimal price(BidsOpened.Bid bid, String lotId) {
        if (bid.lots() == null) {
            return null;
        }
        return bid.lots().stream().filter(l -> lotId.equals(l.lotId())).map(BidsOpened.LotPrice::amount)
                .findFirst().orElse(null);
    }
}
