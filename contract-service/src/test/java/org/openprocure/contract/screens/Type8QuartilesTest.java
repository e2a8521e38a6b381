package org.openprocure.contract.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Type8QuartilesTest {

    private static final double EPS = 1e-12;

    @Test
    void quartilesOfOneToTen() {
        // n = 10. Q1: h = (10 + 1/3)·0.25 + 1/3 = 2.583333 + 0.333333 = 2.916667
        //   → x2 + 0.916667·(x3 − x2) = 2 + 0.916667 = 2.916667  (R: quantile(1:10, .25, type = 8))
        // Q3: h = (10 + 1/3)·0.75 + 1/3 = 7.75 + 0.333333 = 8.083333 → 8 + 0.083333 = 8.083333
        // IQR = 5.166667; fences with k = 1.5: 2.916667 − 7.75 = −4.833333, 8.083333 + 7.75 = 15.833333
        Type8Quartiles q = Type8Quartiles.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        assertEquals(2 + 11.0 / 12, q.q1(), EPS);
        assertEquals(8 + 1.0 / 12, q.q3(), EPS);
        assertEquals(31.0 / 6, q.iqr(), EPS);
        assertEquals(2 + 11.0 / 12 - 7.75, q.lowerFence(1.5), EPS);
        assertEquals(8 + 1.0 / 12 + 7.75, q.upperFence(1.5), EPS);
    }

    @Test
    void quartilesOfFiveValues() {
        // n = 5, values 10..50. Q1: h = (5 + 1/3)·0.25 + 1/3 = 1.333333 + 0.333333 = 1.666667
        //   → 10 + 0.666667·(20 − 10) = 16.666667
        // Q3: h = 4 + 1/3 = 4.333333 → 40 + 0.333333·10 = 43.333333
        Type8Quartiles q = Type8Quartiles.of(new double[] {30, 10, 50, 20, 40});
        assertEquals(10 + 20.0 / 3, q.q1(), EPS);
        assertEquals(40 + 10.0 / 3, q.q3(), EPS);
    }

    @Test
    void singleValueGivesDegenerateFencesAtThatValue() {
        // n = 1: h(0.25) = 4/3·0.25 + 1/3 = 0.666667 < 1 → x1; h(0.75) = 1.333333 ≥ n → x1. IQR = 0.
        Type8Quartiles q = Type8Quartiles.of(new double[] {7});
        assertEquals(7, q.q1(), EPS);
        assertEquals(7, q.q3(), EPS);
        assertEquals(0, q.iqr(), EPS);
        assertEquals(7, q.lowerFence(1.5), EPS);
    }

    @Test
    void allEqualValuesGiveZeroIqr() {
        Type8Quartiles q = Type8Quartiles.of(new double[] {0.2, 0.2, 0.2, 0.2});
        assertEquals(0, q.iqr(), EPS);
        assertEquals(0.2, q.upperFence(1.5), EPS);
    }

    @Test
    void refusesEmptyInput() {
        assertThrows(IllegalArgumentException.class, () -> Type8Quartiles.of(new double[0]));
    }
}
