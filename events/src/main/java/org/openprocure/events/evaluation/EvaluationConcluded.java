package org.openprocure.events.evaluation;

import java.util.List;

/**
 * A tender's evaluation is over: {@code outcome} {@code awarded} when at least one lot was awarded,
 * {@code unsuccessful} when none could be; each lot's own outcome ({@code awarded}, {@code
 * unsuccessful} or {@code cancelled}).
 */
public record EvaluationConcluded(String tenderId, String outcome, List<LotOutcome> lots) {

    public record LotOutcome(String lotId, String outcome) {
    }
}
