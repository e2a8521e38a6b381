package org.openprocure.events.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * An evaluator's own scores for one bid, every quality criterion with its reason, submitted once and
 * final: nobody saw the other evaluators' scores of the bid before submitting theirs.
 */
public record QualityScoresSubmitted(String tenderId, String bidId, String bidderId, String evaluator,
        List<Score> scores) {

    /** A score from 0 to {@code maximum} (the criterion's weight). */
    public record Score(String criterion, BigDecimal score, int maximum, String reason) {
    }
}
