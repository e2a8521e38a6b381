package org.openprocure.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.openprocure.evaluation.Evaluation;
import org.openprocure.evaluation.LotAward;
import org.openprocure.evaluation.domain.AwardStandstill;
import org.openprocure.events.Actor;
import org.openprocure.support.config.PlatformConfig;

/**
 * The buyer cancelled the tender or one lot: the evaluation (or the lot) is cancelled and every award
 * not yet confirmed stops.
 */
@ApplicationScoped
public class Cancellation {

    private final EntityManager em;
    private final Clock clock;
    private final Conclusion conclusion;
    private final PlatformConfig platform;

    Cancellation(EntityManager em, Clock clock, Conclusion conclusion, PlatformConfig platform) {
        this.em = em;
        this.clock = clock;
        this.conclusion = conclusion;
        this.platform = platform;
    }

    /**
     * @param lotId the cancelled lot, or null for the whole tender
     * @param tenderCancelled whether the tender is cancelled with it: always for the whole tender, and for its
     *     last active lot
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String ocid, String lotId, String reason, boolean tenderCancelled) {
        Evaluation evaluation = em.find(Evaluation.class, ocid, LockModeType.PESSIMISTIC_WRITE);
        if (evaluation == null || evaluation.status == Evaluation.Status.CANCELLED) {
            return;
        }
        Dossier dossier = Dossier.of(evaluation);
        String why = "Cancelled by the buyer: " + reason;
        if (lotId == null) {
            dossier.lots.forEach(l -> stopAward(dossier, l.id(), why));
        } else {
            evaluation.lots = TenderTerms.json(dossier.lots.stream()
                    .map(l -> l.id().equals(lotId) ? l.cancelledNow() : l).toList());
            stopAward(dossier, lotId, why);
        }
        if (lotId == null || tenderCancelled) {
            // Cancelling the last active lot cancels the tender: it is not concluded as unsuccessful.
            evaluation.status = Evaluation.Status.CANCELLED;
            evaluation.cancelledAt = clock.instant();
            evaluation.cancelReason = reason;
        }
        conclusion.concludeIfSettled(Dossier.of(evaluation), Actor.system(platform.producer()));
    }

    private void stopAward(Dossier dossier, String lotId, String why) {
        LotAward award = dossier.latestAward(lotId).orElse(null);
        if (award == null || List.of("confirmed", "back_to_evaluation", "stopped").contains(award.stage)) {
            return;
        }
        AwardStandstill standstill = dossier.standstill(award);
        standstill.stop(why);
        Awards.keep(award, standstill);
    }
}
