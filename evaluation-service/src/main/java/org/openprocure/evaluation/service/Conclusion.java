package org.openprocure.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.openprocure.evaluation.Evaluation;
import org.openprocure.events.Actor;
import org.openprocure.events.EventTypes;
import org.openprocure.events.evaluation.EvaluationConcluded;
import org.openprocure.support.outbox.EventOutbox;

/** Concludes an evaluation once every lot is awarded, unsuccessful or cancelled. */
@ApplicationScoped
public class Conclusion {

    private final EventOutbox outbox;
    private final Clock clock;

    Conclusion(EventOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Call within the transaction of the step that may have settled the last lot, with the record as it
     * now stands.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void concludeIfSettled(Dossier dossier, Actor actor) {
        Evaluation evaluation = dossier.evaluation;
        if (evaluation.concludedAt != null || dossier.lots.isEmpty() || !dossier.everyLotSettled()) {
            return;
        }
        List<EvaluationConcluded.LotOutcome> outcomes = dossier.lots.stream()
                .map(l -> new EvaluationConcluded.LotOutcome(l.id(), dossier.lotStatus(l.id()))).toList();
        boolean awarded = outcomes.stream().anyMatch(o -> o.outcome().equals(Dossier.AWARDED));
        if (evaluation.status == Evaluation.Status.CANCELLED && !awarded) {
            // A tender cancelled with nothing awarded is concluded by its cancellation, not by evaluation.
            return;
        }
        evaluation.concludedAt = clock.instant();
        if (evaluation.status != Evaluation.Status.CANCELLED) {
            evaluation.status = Evaluation.Status.CONCLUDED;
        }
        outbox.append(EventTypes.EVALUATION_CONCLUDED, evaluation.ocid, evaluation.aggregateId, actor,
                new EvaluationConcluded(evaluation.tenderId, awarded ? "awarded" : "unsuccessful", outcomes));
    }
}
