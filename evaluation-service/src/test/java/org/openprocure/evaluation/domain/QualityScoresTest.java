package org.openprocure.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QualityScoresTest {

    final List<Criterion> criteria = List.of(
            Criterion.price("Price", 60), Criterion.quality("Technical merit", 30),
            Criterion.quality("Delivery plan", 10));

    final QualityScores scores = new QualityScores(criteria, List.of("olena", "taras"));

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "7.5", "29.99", "30", "30.00"})
    void aScoreFrom0ToTheCriterionsWeightIsAccepted(String score) {
        scores.score("olena", "A", "Technical merit", new BigDecimal(score));

        assertEquals(Optional.of(new BigDecimal(score)), scores.scoreOf("olena", "A", "Technical merit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-1", "30.01", "31", "100"})
    void aScoreOutOfRangeIsRefused(String score) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scores.score("olena", "A", "Technical merit", new BigDecimal(score)));

        assertEquals("olena scored Technical merit of bid A " + score + ": must be 0 to 30", e.getMessage());
        assertEquals(Optional.empty(), scores.scoreOf("olena", "A", "Technical merit"));
    }

    @Test
    void theMaximumIsEachCriterionsOwnWeight() {
        assertThrows(IllegalArgumentException.class,
                () -> scores.score("olena", "A", "Delivery plan", new BigDecimal("10.5")));
    }

    @Test
    void thePriceCriterionAndUnknownCriteriaAreNotScoredByEvaluators() {
        assertThrows(IllegalArgumentException.class, () -> scores.score("olena", "A", "Price", BigDecimal.TEN));
        assertThrows(IllegalArgumentException.class, () -> scores.score("olena", "A", "Beauty", BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class,
                () -> scores.score("olena", "A", "Technical merit", null));
    }

    @Test
    void onlyTheLotsEvaluatorsScore() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scores.score("mallory", "A", "Technical merit", BigDecimal.ONE));

        assertEquals("mallory is not an evaluator of this lot", e.getMessage());
    }

    @Test
    void anEvaluatorCorrectsOwnScoreByScoringAgain() {
        scores.score("olena", "A", "Technical merit", new BigDecimal("12"));
        scores.score("olena", "A", "Technical merit", new BigDecimal("21"));

        assertEquals(Optional.of(new BigDecimal("21")), scores.scoreOf("olena", "A", "Technical merit"));
    }

    @Test
    void everyMissingScoreIsNamed() {
        scores.score("olena", "A", "Technical merit", BigDecimal.ONE)
                .score("olena", "A", "Delivery plan", BigDecimal.ONE)
                .score("olena", "B", "Technical merit", BigDecimal.ONE)
                .score("taras", "A", "Delivery plan", BigDecimal.ONE);

        QualityScores.IncompleteScoresException e = assertThrows(QualityScores.IncompleteScoresException.class,
                () -> scores.requireComplete(List.of("A", "B")));

        assertEquals(List.of(
                new QualityScores.Missing("olena", "B", "Delivery plan"),
                new QualityScores.Missing("taras", "A", "Technical merit"),
                new QualityScores.Missing("taras", "B", "Technical merit"),
                new QualityScores.Missing("taras", "B", "Delivery plan")), e.missing());
    }

    @Test
    void anEvaluatorWhoScoredNothingIsMissingEverywhere() {
        scores.score("olena", "A", "Technical merit", BigDecimal.ONE).score("olena", "A", "Delivery plan", BigDecimal.ONE);

        assertEquals(List.of(new QualityScores.Missing("taras", "A", "Technical merit"),
                new QualityScores.Missing("taras", "A", "Delivery plan")), scores.missing(List.of("A")));
    }

    @Test
    void qualityCriteriaNeedAnEvaluatorAndEachEvaluatorIsListedOnce() {
        assertThrows(IllegalArgumentException.class, () -> new QualityScores(criteria, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new QualityScores(criteria, List.of("olena", "olena")));
    }
}
