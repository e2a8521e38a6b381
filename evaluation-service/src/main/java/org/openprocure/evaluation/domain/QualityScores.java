package org.openprocure.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Each evaluator's own score for each quality criterion of each bid (evaluator → bid → criterion → score),
 * kept as given: no rounding, so the means are computed from exactly what the evaluators entered. A
 * score is 0 to the criterion's maximum (its weight), inclusive. An evaluator may correct a score by
 * scoring the same bid and criterion again; the later score replaces the earlier one.
 */
public final class QualityScores {

    /** One score the ranking needs and no one has given. */
    public record Missing(String evaluator, String bidId, String criterion) {

        @Override
        public String toString() {
            return evaluator + " has not scored " + criterion + " of bid " + bidId;
        }
    }

    /** Totals cannot be computed until every evaluator has scored every quality criterion of every bid. */
    public static final class IncompleteScoresException extends IllegalStateException {

        private final List<Missing> missing;

        IncompleteScoresException(List<Missing> missing) {
            super("scores missing: " + missing.stream().map(Missing::toString).collect(Collectors.joining("; ")));
            this.missing = List.copyOf(missing);
        }

        public List<Missing> missing() {
            return missing;
        }
    }

    private final Map<String, Criterion> qualityCriteria = new LinkedHashMap<>();
    private final List<String> evaluators;
    private final Map<String, Map<String, Map<String, BigDecimal>>> scores = new LinkedHashMap<>();

    /**
     * @param criteria the tender's award criteria; only the quality ones are scored here
     * @param evaluators the committee members who score; each must score everything
     */
    public QualityScores(List<Criterion> criteria, List<String> evaluators) {
        criteria.stream().filter(Criterion::isQuality).forEach(c -> qualityCriteria.put(c.name(), c));
        if (evaluators.isEmpty() && !qualityCriteria.isEmpty()) {
            throw new IllegalArgumentException("quality criteria need at least one evaluator");
        }
        if (evaluators.stream().distinct().count() != evaluators.size()) {
            throw new IllegalArgumentException("an evaluator is listed twice: " + evaluators);
        }
        this.evaluators = List.copyOf(evaluators);
    }

    public List<String> evaluators() {
        return evaluators;
    }

    /** Records one evaluator's score; refuses unknown evaluators, non-quality criteria and scores out of range. */
    public QualityScores score(String evaluator, String bidId, String criterion, BigDecimal score) {
        if (!evaluators.contains(evaluator)) {
            throw new IllegalArgumentException(evaluator + " is not an evaluator of this lot");
        }
        Criterion c = qualityCriteria.get(criterion);
        if (c == null) {
            throw new IllegalArgumentException(criterion + " is not a quality criterion of this tender");
        }
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(c.weight())) > 0) {
            throw new IllegalArgumentException(evaluator + " scored " + criterion + " of bid " + bidId + " " + score
                    + ": must be 0 to " + c.weight());
        }
        scores.computeIfAbsent(evaluator, e -> new LinkedHashMap<>())
                .computeIfAbsent(bidId, b -> new LinkedHashMap<>())
                .put(criterion, score);
        return this;
    }

    public Optional<BigDecimal> scoreOf(String evaluator, String bidId, String criterion) {
        return Optional.ofNullable(scores.getOrDefault(evaluator, Map.of()).getOrDefault(bidId, Map.of()).get(criterion));
    }

    /** Every score still missing for these bids, in evaluator, bid, criterion order. */
    public List<Missing> missing(Collection<String> bidIds) {
        List<Missing> missing = new ArrayList<>();
        for (String evaluator : evaluators) {
            for (String bidId : bidIds) {
                for (String criterion : qualityCriteria.keySet()) {
                    if (scoreOf(evaluator, bidId, criterion).isEmpty()) {
                        missing.add(new Missing(evaluator, bidId, criterion));
                    }
                }
            }
        }
        return missing;
    }

    /** @throws IncompleteScoresException naming every missing score */
    public void requireComplete(Collection<String> bidIds) {
        List<Missing> missing = missing(bidIds);
        if (!missing.isEmpty()) {
            throw new IncompleteScoresException(missing);
        }
    }

    /** The sum of all evaluators' scores for one criterion of a bid, exact; call after {@link #requireComplete}. */
    BigDecimal sum(String bidId, String criterion) {
        return evaluators.stream()
                .map(e -> scoreOf(e, bidId, criterion).orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    Collection<String> qualityCriterionNames() {
        return qualityCriteria.keySet();
    }
}
