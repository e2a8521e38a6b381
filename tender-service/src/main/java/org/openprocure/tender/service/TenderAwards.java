package org.openprocure.tender.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.events.evaluation.ComplaintDecided;
import org.openprocure.events.evaluation.ComplaintFiled;
import org.openprocure.events.evaluation.TenderUnsuccessful;
import org.openprocure.tender.Award;
import org.openprocure.tender.Tender;
import org.openprocure.tender.domain.AwardState;
import org.openprocure.tender.domain.AwardStatus;
import org.openprocure.tender.domain.IllegalAwardStepException;
import org.openprocure.tender.domain.TenderStage;

/**
 * Keeps each lot's award as evaluation-service decides it, for the public view. Runs inside the
 * inbox's transaction, under the tender's lock. The evaluation's events arrive on their own topic, so
 * they may overtake the opening's: an award is taken whatever the tender's stage, except on a
 * cancelled tender or lot. A step the award's status does not allow is logged and left.
 */
@ApplicationScoped
public class TenderAwards {

    private static final Logger LOG = Logger.getLogger(TenderAwards.class);

    private final EntityManager em;

    TenderAwards(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void awardProposed(String ocid, AwardProposed proposal, Instant proposedAt) {
        Optional<Tender> tender = open(ocid, proposal.lotId(), "an award proposal");
        if (tender.isEmpty()) {
            return;
        }
        Award award = Award.of(tender.get().id, proposal.awardId())
                .orElseGet(() -> Award.create(tender.get().id, proposal.lotId(), proposal.awardId()));
        if (award.status == AwardStatus.ACTIVE) {
            LOG.warnf("award %s of %s is already confirmed; a new proposal under its id is ignored",
                    proposal.awardId(), ocid);
            return;
        }
        award.lotId = proposal.lotId();
        award.bidId = proposal.bidId();
        award.supplierId = proposal.supplier().id();
        award.supplierName = proposal.supplier().name();
        award.valueAmount = proposal.value().amount();
        award.currency = proposal.value().currency();
        award.proposedAt = proposedAt;
        award.apply(AwardState.proposed(proposal.standstillEnds()));
        award.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complaintFiled(String ocid, ComplaintFiled complaint) {
        step(ocid, complaint.awardId(), "a complaint", AwardState::complaintFiled);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complaintDecided(String ocid, ComplaintDecided decision, Instant decidedAt) {
        boolean upheld = "upheld".equals(decision.decision());
        step(ocid, decision.awardId(), "a complaint decision",
                s -> s.complaintDecided(upheld, decision.reason(), decidedAt, decision.standstillEnds()));
    }

    /** Takes the confirmed award as it stands in the event, also when its proposal was never seen. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awardConfirmed(String ocid, AwardConfirmed confirmation) {
        Optional<Tender> tender = open(ocid, confirmation.lotId(), "an award confirmation");
        if (tender.isEmpty()) {
            return;
        }
        Award award = Award.of(tender.get().id, confirmation.awardId()).orElseGet(() -> {
            Award unseen = Award.create(tender.get().id, confirmation.lotId(), confirmation.awardId());
            unseen.apply(AwardState.proposed(null));
            return unseen;
        });
        try {
            award.apply(award.state().confirmed(confirmation.confirmedAt()));
        } catch (IllegalAwardStepException e) {
            LOG.warnf("award %s of %s confirmed, but %s", confirmation.awardId(), ocid, e.getMessage());
            return;
        }
        award.bidId = confirmation.bidId();
        award.supplierId = confirmation.supplier().id();
        award.supplierName = confirmation.supplier().name();
        award.valueAmount = confirmation.value().amount();
        award.currency = confirmation.value().currency();
        award.persist();
    }

    /** No bid could be awarded the lot: it becomes {@code unsuccessful}, with the reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lotUnsuccessful(String ocid, TenderUnsuccessful unsuccessful) {
        open(ocid, unsuccessful.lotId(), "an unsuccessful lot").flatMap(t -> t.lot(unsuccessful.lotId()))
                .ifPresent(lot -> {
                    lot.status = "unsuccessful";
                    lot.unsuccessfulReason = unsuccessful.reason();
                });
    }

    /** The tender (or one lot of it, {@code lotId} not null) was cancelled: its pending awards are void. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Tender tender, String lotId, String reason, Instant at) {
        for (Award award : Award.ofTender(tender.id)) {
            if (lotId == null || lotId.equals(award.lotId)) {
                award.apply(award.state().cancelled(reason, at));
            }
        }
    }

    private void step(String ocid, String awardId, String what,
            java.util.function.UnaryOperator<AwardState> step) {
        Optional<Tender> tender = lock(ocid);
        if (tender.isEmpty()) {
            return;
        }
        Award award = Award.of(tender.get().id, awardId).orElse(null);
        if (award == null) {
            LOG.warnf("%s about award %s of %s, which this service does not know", what, awardId, ocid);
            return;
        }
        try {
            award.apply(step.apply(award.state()));
        } catch (IllegalAwardStepException e) {
            LOG.warnf("%s about award %s of %s arrived, but %s", what, awardId, ocid, e.getMessage());
        }
    }

    /** The tender, locked, if it and the lot are known and neither is cancelled. */
    private Optional<Tender> open(String ocid, String lotId, String what) {
        Optional<Tender> tender = lock(ocid);
        if (tender.isEmpty()) {
            return tender;
        }
        if (tender.get().stage == TenderStage.CANCELLED) {
            LOG.warnf("%s arrived for %s, which is cancelled; left as it is", what, ocid);
            return Optional.empty();
        }
        Optional<Tender.Lot> lot = tender.get().lot(lotId);
        if (lot.isEmpty() || "cancelled".equals(lot.get().status)) {
            LOG.warnf("%s arrived for lot %s of %s, which is %s; left as it is", what, lotId, ocid,
                    lot.isEmpty() ? "unknown" : "cancelled");
            return Optional.empty();
        }
        return tender;
    }

    private Optional<Tender> lock(String ocid) {
        List<Tender> found = Tender.list("ocid", ocid);
        if (found.isEmpty()) {
            LOG.warnf("an award event arrived for %s, which this service does not know", ocid);
            return Optional.empty();
        }
        return Optional.of(em.find(Tender.class, found.get(0).id, LockModeType.PESSIMISTIC_WRITE));
    }
}
