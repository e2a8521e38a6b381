package org.openprocure.contract.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventTypes;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.events.evaluation.ComplaintDecided;
import org.openprocure.events.evaluation.QualificationDecided;
import org.openprocure.events.evaluation.TenderUnsuccessful;
import org.openprocure.events.tender.ConsultationOpened;
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.events.tender.TenderPublished;

/**
 * Folds one process's whole event history into its read model rows: the process summary, its bids
 * lot by lot and its awards.
 *
 * <p>The events are first put in one fixed order, (occurredAt, producer, aggregate, sequence, event id),
 * so the rows depend only on which events are on record, never on the order the topics were read in:
 * the live consumer folds the history again after every event, and the rebuild folds it once, and both
 * get the same rows.
 */
public final class ProcessProjection {

    public static final String PENDING = "pending";
    public static final String ACTIVE = "active";
    public static final String CANCELLED = "cancelled";
    public static final String UNSUCCESSFUL = "unsuccessful";

    public static final String SUBMITTED = "submitted";
    public static final String VALID = "valid";
    public static final String DISQUALIFIED = "disqualified";

    /** The order the history is folded in. */
    public static final Comparator<EventEnvelope> ORDER = Comparator.comparing(EventEnvelope::occurredAt)
            .thenComparing(EventEnvelope::producer).thenComparing(EventEnvelope::aggregateId)
            .thenComparingLong(EventEnvelope::sequence).thenComparing(EventEnvelope::eventId);

    public record ProcessRow(String ocid, String title, String buyerId, String buyerName, String status,
            String procurementMethod, String mainProcurementCategory, BigDecimal valueAmount, String currency,
            Instant publishedAt, Instant submissionDeadline, Instant lastEventAt, String mainCpvCode,
            String cpvDivision, String procurementMethodDetails, int numberOfTenderers, int lots) {
    }

    public record AwardRow(String ocid, String awardId, String lotId, String bidId, String supplierId,
            String supplierName, BigDecimal valueAmount, String currency, String status, String statusReason,
            Instant proposedAt, Instant confirmedAt, Instant cancelledAt, Instant awardDate, String buyerId,
            String buyerName) {
    }

    /** A bid's price for one lot; {@code status} submitted, valid or disqualified. */
    public record BidRow(String ocid, String bidId, String lotId, String supplierId, String supplierName,
            BigDecimal amount, String currency, Instant receivedAt, String status, String statusReason) {
    }

    /** Every row of one process. */
    public record Rows(ProcessRow process, List<AwardRow> awards, List<BidRow> bids) {
    }

    private ProcessProjection() {
    }

    /**
     * The types whose events change a row beyond the process's last event time: every type {@code apply}
     * handles. An event of any other type counts only by its {@code occurredAt}.
     */
    public static final Set<String> ROW_TYPES = Set.of(EventTypes.TENDER_PUBLISHED.name(),
            EventTypes.CONSULTATION_OPENED.name(), EventTypes.TENDER_AMENDED.name(),
            EventTypes.SUBMISSION_DEADLINE_EXTENDED.name(), EventTypes.TENDER_CANCELLED.name(),
            EventTypes.BIDS_OPENED.name(), EventTypes.QUALIFICATION_DECIDED.name(), EventTypes.AWARD_PROPOSED.name(),
            EventTypes.COMPLAINT_DECIDED.name(), EventTypes.AWARD_CONFIRMED.name(),
            EventTypes.TENDER_UNSUCCESSFUL.name());

    /** The rows of the process whose events these are (all of one ocid, in any order, none twice). */
    public static Rows fold(String ocid, List<EventEnvelope> events) {
        return fold(ocid, events, null);
    }

    /**
     * The same rows from only the process's events of {@link #ROW_TYPES}, given when its latest event of
     * any type occurred ({@code null}: none but these): the other events change nothing else.
     */
    public static Rows fold(String ocid, List<EventEnvelope> events, Instant lastEventAt) {
        List<EventEnvelope> history = new ArrayList<>(events);
        history.sort(ORDER);
        return new Fold(ocid, history, lastEventAt).run();
    }

    /** The CPV division of a code: its first two digits. */
    public static String division(String cpvCode) {
        if (cpvCode == null || cpvCode.length() < 2 || !Character.isDigit(cpvCode.charAt(0))
                || !Character.isDigit(cpvCode.charAt(1))) {
            return null;
        }
        return cpvCode.substring(0, 2);
    }

    /** The id of the award that records a lot's failure. */
    public static String unsuccessfulAwardId(String lotId) {
        return lotId + "-unsuccessful";
    }

    private static final class AwardState {
        final String awardId;
        String lotId;
        String bidId;
        String supplierId;
        String supplierName;
        BigDecimal valueAmount;
        String currency;
        String status;
        String statusReason;
        Instant proposedAt;
        Instant confirmedAt;
        Instant cancelledAt;
        Instant awardDate;

        AwardState(String awardId, String lotId) {
            this.awardId = awardId;
            this.lotId = lotId;
        }

        /** Void, unless it is already decided for good (confirmed, or never more than a failed lot). */
        void cancel(String reason, Instant at) {
            if (PENDING.equals(status)) {
                status = CANCELLED;
                statusReason = reason;
                cancelledAt = at;
            }
        }
    }

    private record BidKey(String bidId, String lotId) {
    }

    private record Decision(boolean qualified, String reason) {
    }

    private static final class Fold {
        private final String ocid;
        private final List<EventEnvelope> history;
        private final List<EventEnvelope> cancellations = new ArrayList<>();
        private final Map<String, AwardState> awards = new LinkedHashMap<>();
        private final Map<BidKey, BidsOpened.Bid> bids = new TreeMap<>(
                Comparator.comparing(BidKey::bidId).thenComparing(BidKey::lotId));
        private final Map<BidKey, BidsOpened.LotPrice> prices = new LinkedHashMap<>();
        private final Map<BidKey, Decision> decisions = new LinkedHashMap<>();

        private String title;
        private String buyerId;
        private String buyerName;
        private String status = "planning";
        private String procurementMethod;
        private String mainProcurementCategory;
        private BigDecimal valueAmount;
        private String currency;
        private Instant publishedAt;
        private Instant submissionDeadline;
        private Instant lastEventAt;
        private String mainCpvCode;
        private String procurementMethodDetails;
        private int lots;

        Fold(String ocid, List<EventEnvelope> history, Instant lastEventAt) {
            this.ocid = ocid;
            this.history = history;
            this.lastEventAt = lastEventAt;
            for (EventEnvelope e : history) {
                if (EventTypes.TENDER_CANCELLED.name().equals(e.type())) {
                    cancellations.add(e);
                }
            }
        }

        Rows run() {
            for (EventEnvelope event : history) {
                if (lastEventAt == null || event.occurredAt().isAfter(lastEventAt)) {
                    lastEventAt = event.occurredAt();
                }
                apply(event);
            }
            List<BidRow> bidRows = new ArrayList<>();
            Set<String> tenderers = new HashSet<>();
            for (Map.Entry<BidKey, BidsOpened.Bid> entry : bids.entrySet()) {
                BidsOpened.Bid bid = entry.getValue();
                BidsOpened.LotPrice price = prices.get(entry.getKey());
                Decision decision = decisions.get(entry.getKey());
                if (bid.bidderId() != null) {
                    tenderers.add(bid.bidderId());
                }
                bidRows.add(new BidRow(ocid, bid.bidId(), price.lotId(), bid.bidderId(), bid.bidderName(),
                        price.amount(), price.currency(), bid.receivedAt(),
                        decision == null ? SUBMITTED : decision.qualified() ? VALID : DISQUALIFIED,
                        decision == null ? null : decision.reason()));
            }
            List<AwardRow> awardRows = awards.values().stream()
                    .sorted(Comparator.comparing((AwardState a) -> a.awardId))
                    .map(a -> new AwardRow(ocid, a.awardId, a.lotId, a.bidId, a.supplierId, a.supplierName,
                            a.valueAmount, a.currency, a.status, a.statusReason, a.proposedAt, a.confirmedAt,
                            a.cancelledAt, a.awardDate, buyerId, buyerName))
                    .toList();
            ProcessRow process = new ProcessRow(ocid, title, buyerId, buyerName, status, procurementMethod,
                    mainProcurementCategory, valueAmount, currency, publishedAt, submissionDeadline, lastEventAt,
                    mainCpvCode, division(mainCpvCode), procurementMethodDetails, tenderers.size(), lots);
            return new Rows(process, awardRows, bidRows);
        }

        private void apply(EventEnvelope event) {
            switch (event.type()) {
                case "TenderPublished" -> notice(event.payloadAs(EventTypes.TENDER_PUBLISHED), event.payload(), true);
                case "ConsultationOpened" -> consultation(event.payloadAs(EventTypes.CONSULTATION_OPENED));
                case "TenderAmended" -> notice(event.payloadAs(EventTypes.TENDER_AMENDED).notice(),
                        event.payload().path("notice"), false);
                case "SubmissionDeadlineExtended" -> submissionDeadline =
                        event.payloadAs(EventTypes.SUBMISSION_DEADLINE_EXTENDED).tenderPeriod().endDate();
                case "TenderCancelled" -> cancelled(event.payloadAs(EventTypes.TENDER_CANCELLED), event.occurredAt());
                case "BidsOpened" -> opened(event.payloadAs(EventTypes.BIDS_OPENED));
                case "QualificationDecided" -> {
                    QualificationDecided decided = event.payloadAs(EventTypes.QUALIFICATION_DECIDED);
                    decisions.put(new BidKey(decided.bidId(), decided.lotId()),
                            new Decision(decided.qualified(), decided.reason()));
                }
                case "AwardProposed" -> proposed(event.payloadAs(EventTypes.AWARD_PROPOSED), event.occurredAt());
                case "ComplaintDecided" ->
                        complaintDecided(event.payloadAs(EventTypes.COMPLAINT_DECIDED), event.occurredAt());
                case "AwardConfirmed" -> confirmed(event.payloadAs(EventTypes.AWARD_CONFIRMED));
                case "TenderUnsuccessful" ->
                        unsuccessful(event.payloadAs(EventTypes.TENDER_UNSUCCESSFUL), event.occurredAt());
                default -> {
                    // other events change no row but the process's last event time (keep ROW_TYPES in step)
                }
            }
        }

        /** The notice as published ({@code first}) or as amended. */
        private void notice(TenderPublished tender, JsonNode raw, boolean first) {
            title = tender.title();
            valueAmount = tender.value().amount();
            submissionDeadline = tender.tenderPeriod().endDate();
            if (first) {
                buyerId = tender.buyer().id();
                buyerName = tender.buyer().name();
                status = CANCELLED.equals(status) ? status : ACTIVE;
                procurementMethod = tender.procurementMethod();
                mainProcurementCategory = tender.mainProcurementCategory();
                currency = tender.value().currency();
                publishedAt = tender.publishedAt();
            }
            lots = tender.lots() == null ? 0 : tender.lots().size();
            mainCpvCode = mainCpvCode(tender);
            JsonNode details = raw.path("procurementMethodDetails");
            if (details.isTextual()) {
                procurementMethodDetails = details.asText();
            }
        }

        /** The classification of the notice's first item: of its first lot that has one. */
        private static String mainCpvCode(TenderPublished tender) {
            if (tender.lots() == null) {
                return null;
            }
            for (TenderPublished.Lot lot : tender.lots()) {
                if (lot.items() == null) {
                    continue;
                }
                for (TenderPublished.Item item : lot.items()) {
                    if (item.classification() != null && item.classification().id() != null) {
                        return item.classification().id();
                    }
                }
            }
            return null;
        }

        private void consultation(ConsultationOpened draft) {
            title = draft.title();
            buyerId = draft.buyer().id();
            buyerName = draft.buyer().name();
            procurementMethod = draft.procurementMethod();
            mainProcurementCategory = draft.mainProcurementCategory();
            valueAmount = draft.value().amount();
            currency = draft.value().currency();
        }

        private void opened(BidsOpened opening) {
            for (BidsOpened.Bid bid : opening.bids()) {
                if (!bid.readable() || bid.lots() == null) {
                    continue;
                }
                for (BidsOpened.LotPrice price : bid.lots()) {
                    BidKey key = new BidKey(bid.bidId(), price.lotId());
                    bids.put(key, bid);
                    prices.put(key, price);
                }
            }
        }

        private void cancelled(TenderCancelled cancelled, Instant at) {
            if (cancelled.tenderCancelled()) {
                status = CANCELLED;
            }
            for (AwardState award : awards.values()) {
                if (covers(cancelled, award)) {
                    award.cancel(cancelled.reason(), at);
                }
            }
        }

        private void proposed(AwardProposed proposal, Instant at) {
            AwardState award = find(proposal.awardId(), proposal.lotId());
            if (ACTIVE.equals(award.status)) {
                // A confirmed award stands; a proposal only tells when it was decided, if that was not known.
                if (award.proposedAt == null) {
                    award.proposedAt = at;
                    award.awardDate = at;
                }
                return;
            }
            award.lotId = proposal.lotId();
            award.bidId = proposal.bidId();
            award.supplierId = proposal.supplier().id();
            award.supplierName = proposal.supplier().name();
            award.valueAmount = proposal.value().amount();
            award.currency = proposal.value().currency();
            award.status = PENDING;
            award.statusReason = null;
            award.proposedAt = at;
            award.confirmedAt = null;
            award.cancelledAt = null;
            award.awardDate = at;
            for (EventEnvelope cancellation : cancellations) {
                TenderCancelled cancelled = cancellation.payloadAs(EventTypes.TENDER_CANCELLED);
                if (covers(cancelled, award)) {
                    award.cancel(cancelled.reason(), cancellation.occurredAt());
                }
            }
        }

        private void complaintDecided(ComplaintDecided decision, Instant at) {
            if (!"upheld".equals(decision.decision())) {
                return;
            }
            AwardState award = awards.get(decision.awardId());
            if (award != null) {
                award.cancel("Complaint upheld: " + decision.reason(), at);
            }
        }

        /** The confirmation is evaluation-service's final word: it stands whatever was known before. */
        private void confirmed(AwardConfirmed confirmation) {
            AwardState award = find(confirmation.awardId(), confirmation.lotId());
            award.lotId = confirmation.lotId();
            award.bidId = confirmation.bidId();
            award.supplierId = confirmation.supplier().id();
            award.supplierName = confirmation.supplier().name();
            award.valueAmount = confirmation.value().amount();
            award.currency = confirmation.value().currency();
            award.status = ACTIVE;
            award.statusReason = null;
            award.cancelledAt = null;
            award.confirmedAt = confirmation.confirmedAt();
            if (award.awardDate == null) {
                award.awardDate = confirmation.confirmedAt();
            }
        }

        /** A lot no bid could win: an award without supplier or value, as OCDS has it. */
        private void unsuccessful(TenderUnsuccessful unsuccessful, Instant at) {
            AwardState award = find(unsuccessfulAwardId(unsuccessful.lotId()), unsuccessful.lotId());
            award.status = UNSUCCESSFUL;
            award.statusReason = unsuccessful.reason();
            award.awardDate = at;
        }

        private AwardState find(String awardId, String lotId) {
            return awards.computeIfAbsent(awardId, id -> new AwardState(id, lotId));
        }

        private static boolean covers(TenderCancelled cancelled, AwardState award) {
            return cancelled.lotId() == null || cancelled.tenderCancelled() || cancelled.lotId().equals(award.lotId);
        }
    }
}
