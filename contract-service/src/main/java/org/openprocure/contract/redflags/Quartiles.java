package org.openprocure.contract.redflags;

import java.util.Arrays;

/**
 * First and third quartiles of a sample, computed with Hyndman & Fan (1996) definition 8, the
 * median-unbiased estimator that Cardinal uses for its IQR-based indicators.
 *
 * <p>For probability p over the sorted sample x(1) ≤ … ≤ x(n): h = (n + 1/3)·p + 1/3, and the
 * quantile is x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋+1) − x(⌊h⌋)), clamped to x(1) when h &lt; 1 and to x(n)
 * when h ≥ n.
 */
public record Quartiles(double q1, double q3) {

    public static Quartiles of(double[] sample) {
        if (sample.length == 0) {
            throw new IllegalArgumentException("quartiles of an empty sample are undefined");
        }
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        return new Quartiles(quantile(sorted, 0.25), quantile(sorted, 0.75));
    }

    static double quantile(double[] sorted, double p) {
        int n = sorted.length;
        double h = (n + 1.0 / 3.0) * p + 1.0 / 3.0;
        if (h < 1) {
            return sorted[0];
        }
        if (h >= n) {
            return sorted[n - 1];
        }
        int lower = (int) Math.floor(h);
        double fraction = h - lower;
        return sorted[lower - 1] + fraction * (sorted[lower] - sorted[lower - 1]);
    }

    public double iqr() {
        return q3 - q1;
    }

    /** Values above this are high outliers (Tukey's fence). */
    public double upperFence() {
        return q3 + 1.5 * iqr();
    }

    /** Values below this are low outliers (Tukey's fence). */
    public double lowerFence() {
        return q1 - 1.5 * iqr();
    }
}
