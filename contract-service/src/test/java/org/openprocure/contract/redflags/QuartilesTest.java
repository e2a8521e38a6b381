package org.openprocure.contract.redflags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuartilesTest {

    private static final double EPS = 1e-9;

    @Test
    void oneToTenUsesHyndmanFanType8() {
        // n = 10. Q1: h = (10 + 1/3)·0.25 + 1/3 = 35/12 → x2 + 11/12·(x3 − x2) = 35/12.
        // Q3: h = (10 + 1/3)·0.75 + 1/3 = 97/12 → x8 + 1/12·(x9 − x8) = 97/12.
        Quartiles q = Quartiles.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        assertEquals(35.0 / 12, q.q1(), EPS);
        assertEquals(97.0 / 12, q.q3(), EPS);
        assertEquals(62.0 / 12, q.iqr(), EPS);
        assertEquals(97.0 / 12 + 93.0 / 12, q.upperFence(), EPS);
        assertEquals(35.0 / 12 - 93.0 / 12, q.lowerFence(), EPS);
    }

    @Test
    void threeValuesInterpolateBetweenNeighbours() {
        // n = 3. Q1: h = 7/6 → 1 + 1/6·(2 − 1) = 7/6. Q3: h = 17/6 → 2 + 5/6·(4 − 2) = 11/3.
        Quartiles q = Quartiles.of(new double[] {4, 1, 2});
        assertEquals(7.0 / 6, q.q1(), EPS);
        assertEquals(11.0 / 3, q.q3(), EPS);
    }

    @Test
    void singleValueClampsToThatValue() {
        // n = 1. Q1: h = 2/3 < 1 → x1. Q3: h = 4/3 ≥ 1 → x1.
        Quartiles q = Quartiles.of(new double[] {5});
        assertEquals(5, q.q1(), EPS);
        assertEquals(5, q.q3(), EPS);
        assertEquals(5, q.upperFence(), EPS);
    }

    @Test
    void emptySampleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Quartiles.of(new double[0]));
    }
}
