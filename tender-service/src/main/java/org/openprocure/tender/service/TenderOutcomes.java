package org.openprocure.tender.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.evaluation.EvaluationConcluded;
import org.openprocure.tender.Tender;
import org.openprocure.tender.domain.IllegalTransitionException;
import org.openprocure.tender.domain.TenderLifecycle;
import org.openprocure.tender.domain.TenderStage;

/**
 * Applies other services' decisions to a tender's stage. Runs inside the inbox's transaction. A
 * decision the tender's stage does not allow (e.g. about a tender cancelled meanwhile) is logged and
 * left: the event stays on the record, the tender keeps the stage its own rules give it.
 */
@ApplicationScoped
public class TenderOutcomes {

    private static final Logger LOG = Logger.getLogger(TenderOutcomes.class);

    private final EntityManager em;
    private final Clock clock;

    TenderOutcomes(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The bids were opened: tendering is closed (if the deadline watch has not yet said so) and evaluation starts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bidsOpened(String ocid, BidsOpened opened) {
        Tender tender = lock(ocid);
        if (tender == null) {
            return;
        }
        TenderLifecycle lifecycle = tender.lifecycle();
        try {
            if (tender.stage == TenderStage.TENDERING) {
                lifecycle.closeTendering(EventJson.truncate(opened.openedAt()));
                tender.closedAt = opened.openedAt();
            }
            lifecycle.startEvaluation();
            tender.apply(lifecycle);
        } catch (IllegalTransitionException e) {
            LOG.warnf("bids of %s opened, but the tender cannot start evaluation: %s", ocid, e.getMessage());
            conclusionAheadOfOpening(ocid).ifPresent(concluded -> LOG.warnf("the conclusion (%s) that waited for"
                    + " the opening of %s is left: the tender cannot take it", concluded.outcome(), ocid));
            return;
        }
        conclusionAheadOfOpening(ocid).ifPresent(concluded -> conclude(tender, concluded));
    }

    /**
     * The evaluation concluded: the tender is complete or unsuccessful. A conclusion that arrives before the
     * opening record (another topic, another consumer) waits for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluationConcluded(EventEnvelope event) {
        String ocid = event.ocid();
        EvaluationConcluded concluded = event.payloadAs(EventTypes.EVALUATION_CONCLUDED);
        Tender tender = lock(ocid);
        if (tender == null) {
            return;
        }
        if (tender.stage == TenderStage.TENDERING || tender.stage == TenderStage.TENDERING_CLOSED) {
            em.createNativeQuery("insert into conclusion_ahead_of_opening (ocid, conclusion, received_at)"
                            + " values (:ocid, :conclusion, :now) on conflict (ocid) do update"
                            + " set conclusion = excluded.conclusion, received_at = excluded.received_at")
                    .setParameter("ocid", ocid).setParameter("conclusion", EventJson.toJson(event))
                    .setParameter("now", clock.instant()).executeUpdate();
            LOG.infof("the evaluation of %s concluded (%s) before its opening record arrived here: the conclusion"
                    + " waits for it", ocid, concluded.outcome());
            return;
        }
        conclude(tender, concluded);
    }

    private void conclude(Tender tender, EvaluationConcluded concluded) {
        TenderLifecycle lifecycle = tender.lifecycle();
        try {
            if ("awarded".equals(concluded.outcome())) {
                lifecycle.award();
            } else {
                lifecycle.unsuccessful();
            }
            tender.apply(lifecycle);
            for (EvaluationConcluded.LotOutcome lot : concluded.lots()) {
                tender.lot(lot.lotId()).filter(l -> "unsuccessful".equals(lot.outcome()))
                        .ifPresent(l -> l.status = "unsuccessful");
            }
        } catch (IllegalTransitionException e) {
            LOG.warnf("evaluation of %s concluded (%s), but the tender cannot take it: %s", tender.ocid,
                    concluded.outcome(), e.getMessage());
        }
    }

    /** The conclusion that arrived before this tender's opening record, taken off the waiting list; empty when none. */
    private Optional<EvaluationConcluded> conclusionAheadOfOpening(String ocid) {
        @SuppressWarnings("unchecked")
        List<String> waiting = em.createNativeQuery("delete from conclusion_ahead_of_opening where ocid = :ocid"
                + " returning conclusion").setParameter("ocid", ocid).getResultList();
        return waiting.stream().findFirst().map(json -> EventJson.parse(json).payloadAs(EventTypes.EVALUATION_CONCLUDED));
    }

    /** The tender, read under its row lock (its id is looked up without loading it, so nothing stale is kept). */
    private Tender lock(String ocid) {
        List<java.util.UUID> found = em.createQuery("select t.id from Tender t where t.ocid = :ocid",
                java.util.UUID.class).setParameter("ocid", ocid).getResultList();
        if (found.isEmpty()) {
            LOG.warnf("an outcome arrived for %s, which this service does not know", ocid);
            return null;
        }
        return em.find(Tender.class, found.get(0), LockModeType.PESSIMISTIC_WRITE);
    }
}
