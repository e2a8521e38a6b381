package org.openprocure.tender.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.openprocure.events.EventJson;
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

    TenderOutcomes(EntityManager em) {
        this.em = em;
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
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluationConcluded(String ocid, EvaluationConcluded concluded) {
        Tender tender = lock(ocid);
        if (tender == null) {
            return;
        }
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
            LOG.warnf("evaluation of %s concluded (%s), but the tender cannot take it: %s", ocid,
                    concluded.outcome(), e.getMessage());
        }
    }

    private Tender lock(String ocid) {
        List<Tender> found = Tender.list("ocid", ocid);
        if (found.isEmpty()) {
            LOG.warnf("an outcome arrived for %s, which this service does not know", ocid);
            return null;
        }
        return em.find(Tender.class, found.get(0).id, LockModeType.PESSIMISTIC_WRITE);
    }
}
