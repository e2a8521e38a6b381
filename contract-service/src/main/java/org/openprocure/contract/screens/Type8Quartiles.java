package org.openprocure.contract.screens;

import org.openprocure.contract.redflags.Quartiles;

/**
 * Sample quantiles by Hyndman &amp; Fan (1996), "Sample quantiles in statistical packages",
 * The American Statistician 50(4), definition 8 (median-unbiased, R's {@code quantile(type = 8)}):
 * {@code h = (n + 1/3)·p + 1/3}, {@code Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])} with 1-based
 * order statistics; {@code h < 1} gives the minimum and {@code h ≥ n} the maximum.
 *
 * <p>The red flags' {@link Quartiles} compute them; this adds fences with a chosen multiplier.
 * Computed in double; exact up to floating-point rounding (about 1e-15 relative).
 */
public final class Type8Quartiles {

    private final double q1;
    private final double q3;

    private Type8Quartiles(double q1, double q3) {
        this.q1 = q1;
        this.q3 = q3;
    }

    public static Type8Quartiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("quartiles need at least one value");
        }
        Quartiles quartiles = Quartiles.of(values);
        return new Type8Quartiles(quartiles.q1(), quartiles.q3());
    }

    public double q1() {
        return q1;
    }

    public double q3() {
        return q3;
    }

    public double iqr() {
        return q3 - q1;
    }

    /** Tukey's lower fence {@code Q1 − k·IQR}. */
    public double lowerFence(double k) {
        return q1 - k * iqr();
    }

    /** Tukey's upper fence {@code Q3 + k·IQR}. */
    public double upperFence(double k) {
        return q3 + k * iqr();
    }
}
