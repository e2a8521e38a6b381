package org.openprocure.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.openprocure.contract.analytics.Award;
import org.openprocure.contract.analytics.Process;
import org.openprocure.contract.analytics.ProcessEvent;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.events.evaluation.ComplaintDecided;
import org.openprocure.events.evaluation.TenderUnsuccessful;
import org.openprocure.events.tender.TenderCancelled;

/**
 * The awards of every process, from the events alone, for auditors' award histories.
 *
 * <p>The evaluation's events of a process arrive in order (one topic, one key), but the tender's
 * cancellations and the buyer come on another topic, which a replay may read earlier or later. So
 * the result must not depend on that order: a proposal checks the cancellations already on the
 * process's record, a cancellation voids the pending awards already known, and the buyer is filled in
 * on the process's awards whenever the process learns it.
 */
@ApplicationScoped
public class AwardReadModel {

    private static final Logger LOG = Logger.getLogger(AwardReadModel.class);

    /** The filters of an award history; any may be null, {@code statuses} empty = every status. */
    public record Criteria(String buyer, String supplier, Set<String> statuses) {
    }

    public record Page(List<Award> awards, long total) {
    }

    /** Applies the event, already on the process's timeline, inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, Process process) {
        switch (event.type()) {
            case "AwardProposed" -> proposed(process, event.payloadAs(EventTypes.AWARD_PROPOSED), event.occurredAt());
            case "ComplaintDecided" ->
                    complaintDecided(process, event.payloadAs(EventTypes.COMPLAINT_DECIDED), event.occurredAt());
            case "AwardConfirmed" -> confirmed(process, event.payloadAs(EventTypes.AWARD_CONFIRMED));
            case "TenderUnsuccessful" ->
                    unsuccessful(process, event.payloadAs(EventTypes.TENDER_UNSUCCESSFUL), event.occurredAt());
            case "TenderCancelled" ->
                    cancelled(process, event.payloadAs(EventTypes.TENDER_CANCELLED), event.occurredAt());
            case "TenderPublished", "ConsultationOpened" -> Award.update(
                    "buyerId = ?1, buyerName = ?2 where ocid = ?3", process.buyerId, process.buyerName, process.ocid);
            default -> {
                // other events leave the awards as they are
            }
        }
    }

    private void proposed(Process process, AwardProposed proposal, Instant at) {
        Award award = find(process, proposal.awardId(), proposal.lotId());
        if (Award.ACTIVE.equals(award.status)) {
            LOG.warnf("award %s of %s is confirmed; a proposal under its id is ignored", award.awardId, process.ocid);
            return;
        }
        award.lotId = proposal.lotId();
        award.bidId = proposal.bidId();
        award.supplierId = proposal.supplier().id();
        award.supplierName = proposal.supplier().name();
        award.valueAmount = proposal.value().amount();
        award.currency = proposal.value().currency();
        award.status = Award.PENDING;
        award.statusReason = null;
        award.proposedAt = at;
        award.confirmedAt = null;
        award.cancelledAt = null;
        award.awardDate = at;
        for (EventEnvelope cancellation : ProcessEvent.<ProcessEvent>list(
                "ocid = ?1 and type = ?2 order by occurredAt", process.ocid, EventTypes.TENDER_CANCELLED.name())
                .stream().map(e -> EventJson.parse(e.envelope)).toList()) {
            TenderCancelled cancelled = cancellation.payloadAs(EventTypes.TENDER_CANCELLED);
            if (covers(cancelled, award)) {
                award.cancel(cancelled.reason(), cancellation.occurredAt());
            }
        }
        award.persist();
    }

    private void complaintDecided(Process process, ComplaintDecided decision, Instant at) {
        if (!"upheld".equals(decision.decision())) {
            return;
        }
        Award award = Award.findById(new Award.Key(process.ocid, decision.awardId()));
        if (award == null) {
            LOG.warnf("a complaint about award %s of %s, which the history does not hold, was upheld",
                    decision.awardId(), process.ocid);
            return;
        }
        award.cancel("Complaint upheld: " + decision.reason(), at);
    }

    /** The confirmation is evaluation-service's final word: it stands whatever was known before. */
    private void confirmed(Process process, AwardConfirmed confirmation) {
        Award award = find(process, confirmation.awardId(), confirmation.lotId());
        award.lotId = confirmation.lotId();
        award.bidId = confirmation.bidId();
        award.supplierId = confirmation.supplier().id();
        award.supplierName = confirmation.supplier().name();
        award.valueAmount = confirmation.value().amount();
        award.currency = confirmation.value().currency();
        award.status = Award.ACTIVE;
        award.statusReason = null;
        award.cancelledAt = null;
        award.confirmedAt = confirmation.confirmedAt();
        if (award.awardDate == null) {
            award.awardDate = confirmation.confirmedAt();
        }
        award.persist();
    }

    /** A lot no bid could win: an award without supplier or value, {@code unsuccessful}, as OCDS has it. */
    private void unsuccessful(Process process, TenderUnsuccessful unsuccessful, Instant at) {
        Award award = find(process, unsuccessfulAwardId(unsuccessful.lotId()), unsuccessful.lotId());
        award.status = Award.UNSUCCESSFUL;
        award.statusReason = unsuccessful.reason();
        award.awardDate = at;
        award.persist();
    }

    private void cancelled(Process process, TenderCancelled cancelled, Instant at) {
        for (Award award : Award.<Award>list("ocid", process.ocid)) {
            if (covers(cancelled, award)) {
                award.cancel(cancelled.reason(), at);
            }
        }
    }

    /** The id of the award that records a lot's failure. */
    public static String unsuccessfulAwardId(String lotId) {
        return lotId + "-unsuccessful";
    }

    private static boolean covers(TenderCancelled cancelled, Award award) {
        return cancelled.lotId() == null || cancelled.tenderCancelled() || cancelled.lotId().equals(award.lotId);
    }

    private static Award find(Process process, String awardId, String lotId) {
        Award award = Award.findById(new Award.Key(process.ocid, awardId));
        if (award == null) {
            award = new Award();
            award.ocid = process.ocid;
            award.awardId = awardId;
            award.lotId = lotId;
        }
        award.buyerId = process.buyerId;
        award.buyerName = process.buyerName;
        return award;
    }

    /** A process's awards, lot by lot, each lot's in the order they were decided. */
    @Transactional
    public List<Award> ofProcess(String ocid) {
        return Award.list("ocid = ?1 order by lotId, awardDate, awardId", ocid);
    }

    /** Award histories, newest first. */
    @Transactional
    public Page search(Criteria criteria, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.buyer() != null) {
            where.append(" and buyerId = :buyer");
            parameters.put("buyer", criteria.buyer());
        }
        if (criteria.supplier() != null) {
            where.append(" and supplierId = :supplier");
            parameters.put("supplier", criteria.supplier());
        }
        if (!criteria.statuses().isEmpty()) {
            where.append(" and status in :statuses");
            parameters.put("statuses", criteria.statuses());
        }
        long total = Award.count(where.toString(), parameters);
        List<Award> awards = Award.<Award>find(where + " order by awardDate desc, ocid, awardId", parameters)
                .page(page, size).list();
        return new Page(awards, total);
    }
}
