package org.openprocure.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openprocure.evaluation.domain.BidUnderEvaluation.AbnormallyLow;

/**
 * The ranking of one lot's bids, by lowest price or by best price-quality ratio.
 *
 * <p>Only qualified bids are ranked; disqualified bids and bids whose abnormally-low justification was
 * rejected are listed in {@link #excluded()}. A bid flagged as abnormally low and still awaiting the
 * committee's decision is ranked, but the ranking is then {@link Status#PROVISIONAL} and {@link #winner()}
 * refuses to name a winner. No ranked bid at all makes the lot {@link Status#UNSUCCESSFUL}.
 *
 * <p>Best price-quality: the price score is {@code price weight × lowest ranked price ÷ price}; for each
 * quality criterion the bid gets the mean of the evaluators' scores, and its quality score is the sum of
 * those means (the same, by linearity, as the mean of the evaluators' quality totals); the total is price
 * score plus quality score. Bids are compared on the exact values (kept as fractions, never rounded), so
 * rounding cannot create or break a tie. Scores are recorded to {@value #SCALE} decimal places, rounded
 * {@link RoundingMode#HALF_EVEN}, each from its exact value: a recorded total can therefore differ from the
 * sum of the recorded price and quality scores by 0.0001.
 *
 * <p>Ties (equal exact total, or equal price under lowest price) go to the bid received earlier; bids
 * received at the very same instant are ordered by bid id, only so the order is reproducible.
 */
public record Ranking(Method method, Status status, List<RankedBid> ranked, List<BidUnderEvaluation> excluded) {

    /** Decimal places of recorded scores. */
    public static final int SCALE = 4;

    public enum Method {
        LOWEST_PRICE, BEST_PRICE_QUALITY
    }

    public enum Status {
        /** Every ranked bid is settled; the first is the winner. */
        FINAL,
        /** At least one ranked bid is flagged as abnormally low and the committee has not yet decided. */
        PROVISIONAL,
        /** No qualified bid remains: the lot is unsuccessful. */
        UNSUCCESSFUL
    }

    /**
     * One ranked bid, rank 1 first. Under lowest price the price is the measure and the score fields are
     * null. {@code qualityByCriterion} is each quality criterion's mean score, in the tender's order.
     */
    public record RankedBid(
            int rank,
            BidUnderEvaluation bid,
            BigDecimal priceScore,
            BigDecimal qualityScore,
            BigDecimal total,
            Map<String, BigDecimal> qualityByCriterion) {
    }

    public Ranking {
        ranked = List.copyOf(ranked);
        excluded = List.copyOf(excluded);
    }

    public static Ranking lowestPrice(List<BidUnderEvaluation> bids) {
        requireOneLot(bids);
        List<BidUnderEvaluation> order = bids.stream()
                .filter(BidUnderEvaluation::isRanked)
                .sorted(Comparator.comparing(BidUnderEvaluation::price).thenComparing(Ranking::earlierFirst))
                .toList();
        List<RankedBid> ranked = new ArrayList<>();
        for (BidUnderEvaluation bid : order) {
            ranked.add(new RankedBid(ranked.size() + 1, bid, null, null, null, Map.of()));
        }
        return of(Method.LOWEST_PRICE, ranked, bids);
    }

    /**
     * @throws QualityScores.IncompleteScoresException if an evaluator has not scored every quality
     *     criterion of every ranked bid
     */
    public static Ranking bestPriceQuality(List<BidUnderEvaluation> bids, List<Criterion> criteria,
            QualityScores scores) {
        requireOneLot(bids);
        Criterion priceCriterion = requireScorable(criteria, scores);
        List<BidUnderEvaluation> rankedBids = bids.stream().filter(BidUnderEvaluation::isRanked).toList();
        scores.requireComplete(rankedBids.stream().map(BidUnderEvaluation::bidId).toList());

        Optional<BigDecimal> lowest = rankedBids.stream().map(BidUnderEvaluation::price).min(Comparator.naturalOrder());
        BigDecimal evaluators = BigDecimal.valueOf(scores.evaluators().size());
        BigDecimal priceWeight = BigDecimal.valueOf(priceCriterion.weight());

        record Scored(BidUnderEvaluation bid, Exact price, Exact quality, Exact total, Map<String, BigDecimal> means) {
        }
        List<Scored> scored = new ArrayList<>();
        for (BidUnderEvaluation bid : rankedBids) {
            Exact price = new Exact(priceWeight.multiply(lowest.orElseThrow()), bid.price());
            Exact quality = Exact.ZERO;
            Map<String, BigDecimal> means = new LinkedHashMap<>();
            for (String criterion : scores.qualityCriterionNames()) {
                Exact mean = new Exact(scores.sum(bid.bidId(), criterion), evaluators);
                means.put(criterion, mean.rounded());
                quality = quality.plus(mean);
            }
            scored.add(new Scored(bid, price, quality, price.plus(quality), means));
        }
        scored.sort(Comparator.comparing(Scored::total, Comparator.reverseOrder())
                .thenComparing(Scored::bid, Ranking::earlierFirst));

        List<RankedBid> ranked = new ArrayList<>();
        for (Scored s : scored) {
            ranked.add(new RankedBid(ranked.size() + 1, s.bid(), s.price().rounded(), s.quality().rounded(),
                    s.total().rounded(), Collections.unmodifiableMap(s.means())));
        }
        return of(Method.BEST_PRICE_QUALITY, ranked, bids);
    }

    /**
     * The winning bid: empty if the lot is unsuccessful.
     *
     * @throws IllegalStateException while the ranking is provisional, naming the bids awaiting a decision
     */
    public Optional<RankedBid> winner() {
        if (status == Status.PROVISIONAL) {
            throw new IllegalStateException("the ranking is not final: the committee has not decided on the "
                    + "justification of abnormally low bid(s) " + awaitingDecision());
        }
        return ranked.stream().findFirst();
    }

    /** Ranked bids flagged as abnormally low whose justification the committee has not yet decided on. */
    public List<String> awaitingDecision() {
        return ranked.stream()
                .map(RankedBid::bid)
                .filter(b -> b.abnormallyLow() == AbnormallyLow.FLAGGED)
                .map(BidUnderEvaluation::bidId)
                .toList();
    }

    private static Ranking of(Method method, List<RankedBid> ranked, List<BidUnderEvaluation> bids) {
        List<BidUnderEvaluation> excluded = bids.stream().filter(b -> !b.isRanked()).toList();
        Status status;
        if (ranked.isEmpty()) {
            status = Status.UNSUCCESSFUL;
        } else if (ranked.stream().anyMatch(r -> r.bid().abnormallyLow() == AbnormallyLow.FLAGGED)) {
            status = Status.PROVISIONAL;
        } else {
            status = Status.FINAL;
        }
        return new Ranking(method, status, ranked, excluded);
    }

    private static int earlierFirst(BidUnderEvaluation a, BidUnderEvaluation b) {
        int byTime = a.receivedAt().compareTo(b.receivedAt());
        return byTime != 0 ? byTime : a.bidId().compareTo(b.bidId());
    }

    private static void requireOneLot(List<BidUnderEvaluation> bids) {
        Set<String> lots = bids.stream().map(BidUnderEvaluation::lotId).collect(Collectors.toSet());
        if (lots.size() > 1) {
            throw new IllegalArgumentException("a ranking is per lot; these bids are for lots " + lots);
        }
    }

    /** Exactly one price criterion, weights summing to 100, and scores kept against the same quality criteria. */
    private static Criterion requireScorable(List<Criterion> criteria, QualityScores scores) {
        List<Criterion> price = criteria.stream().filter(c -> !c.isQuality()).toList();
        if (price.size() != 1) {
            throw new IllegalArgumentException("best price-quality needs exactly one price criterion, found "
                    + price.size());
        }
        int sum = criteria.stream().mapToInt(Criterion::weight).sum();
        if (sum != 100) {
            throw new IllegalArgumentException("criteria weights must sum to 100, they sum to " + sum);
        }
        List<String> quality = criteria.stream().filter(Criterion::isQuality).map(Criterion::name).toList();
        if (!quality.equals(List.copyOf(scores.qualityCriterionNames()))) {
            throw new IllegalArgumentException("the scores were kept against quality criteria "
                    + scores.qualityCriterionNames() + ", not " + quality);
        }
        return price.get(0);
    }

    /** A non-negative fraction kept exactly, so that comparisons never depend on rounding. */
    private record Exact(BigDecimal numerator, BigDecimal denominator) implements Comparable<Exact> {

        static final Exact ZERO = new Exact(BigDecimal.ZERO, BigDecimal.ONE);

        Exact plus(Exact other) {
            return new Exact(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }

        BigDecimal rounded() {
            return numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN);
        }

        @Override
        public int compareTo(Exact other) {
            return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
        }
    }
}
