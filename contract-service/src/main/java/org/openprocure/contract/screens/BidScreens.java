package org.openprocure.contract.screens;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Distribution screens over the valid bid prices of one lot, as used to detect bid rigging
 * beyond the Cardinal red flags. Definitions:
 * <ul>
 *   <li><b>CV</b> = s / x̄ with s the sample standard deviation (n − 1 denominator) —
 *       Imhof (2017), "Detecting bid-rigging cartels with descriptive statistics",
 *       Journal of Competition Law &amp; Economics 15(4); Huber &amp; Imhof (2019),
 *       "Machine learning with screens for detecting bid-rigging cartels",
 *       International Journal of Industrial Organization 65. Collusion lowers it.</li>
 *   <li><b>Spread</b> = (max − min) / min — Huber &amp; Imhof (2019) "SPD". Collusion lowers it.</li>
 *   <li><b>RD</b> = (b₂ − b₁) / s_losing, b₁ ≤ b₂ the two lowest bids and s_losing the sample
 *       standard deviation of the losing bids (all but the lowest) — Imhof, Karagök &amp; Rutz (2018),
 *       "Screening for bid rigging — does it work?", Journal of Competition Law &amp; Economics 14(2);
 *       Huber &amp; Imhof (2019). Cover bids cluster above the winner, so collusion raises it.</li>
 *   <li><b>Normalised RD</b> = (b₂ − b₁) / b₁, the gap between the two lowest bids as a share of the
 *       lowest — Imhof (2017) "percentage difference". Collusion raises it.</li>
 *   <li><b>Skewness</b> G₁ = √(n(n−1)) / (n−2) · m₃ / m₂^{3/2}, the adjusted Fisher–Pearson
 *       coefficient with population central moments m_k = Σ(x−x̄)^k / n — Joanes &amp; Gill (1998),
 *       "Comparing measures of sample skewness and kurtosis", The Statistician 47(1). A winner far below
 *       clustered cover bids makes it negative, so the low side is suspicious.</li>
 *   <li><b>Excess kurtosis</b> G₂ = (n−1) / ((n−2)(n−3)) · ((n+1)·g₂ + 6), g₂ = m₄ / m₂² − 3 —
 *       Joanes &amp; Gill (1998), the estimator of SAS/SPSS/Excel KURT. Clustered bids raise it.</li>
 * </ul>
 * A screen is empty when it is undefined: fewer than 2 valid bids for CV, spread and normalised RD;
 * fewer than 3 for RD (s_losing needs two losing bids) and skewness; fewer than 4 for kurtosis;
 * a zero denominator (all losing bids equal for RD, all bids equal for skewness and kurtosis).
 *
 * <p>Prices arrive as {@code BigDecimal} and the moments are computed in double: for prices below
 * 10¹² with cents the results are exact to about 1e-12 relative, far finer than any fence.
 * Bids in different currencies are refused rather than silently mixed.
 */
public record BidScreens(String lotId, int validBidCount, OptionalDouble coefficientOfVariation,
                         OptionalDouble spread, OptionalDouble relativeDistance,
                         OptionalDouble normalisedRelativeDistance, OptionalDouble skewness,
                         OptionalDouble excessKurtosis) {

    public static BidScreens of(LotBids lot) {
        List<Bid> valid = lot.validBids();
        long currencies = valid.stream().map(Bid::currency).distinct().count();
        if (currencies > 1) {
            throw new IllegalArgumentException("lot " + lot.lotId() + " has valid bids in "
                    + currencies + " currencies; convert before screening, screens never mix currencies");
        }
        double[] prices = valid.stream().mapToDouble(b -> b.price().doubleValue()).sorted().toArray();
        return new BidScreens(lot.lotId(), prices.length, cv(prices), spread(prices),
                relativeDistance(prices), normalisedRelativeDistance(prices), skewness(prices),
                excessKurtosis(prices));
    }

    public OptionalDouble value(Screen screen) {
        return switch (screen) {
            case COEFFICIENT_OF_VARIATION -> coefficientOfVariation;
            case SPREAD -> spread;
            case RELATIVE_DISTANCE -> relativeDistance;
            case NORMALISED_RELATIVE_DISTANCE -> normalisedRelativeDistance;
            case SKEWNESS -> skewness;
            case EXCESS_KURTOSIS -> excessKurtosis;
        };
    }

    static OptionalDouble cv(double[] x) {
        if (x.length < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sampleStandardDeviation(x) / mean(x));
    }

    static OptionalDouble spread(double[] sorted) {
        if (sorted.length < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((sorted[sorted.length - 1] - sorted[0]) / sorted[0]);
    }

    static OptionalDouble relativeDistance(double[] sorted) {
        if (sorted.length < 3) {
            return OptionalDouble.empty();
        }
        double losingSd = sampleStandardDeviation(Arrays.copyOfRange(sorted, 1, sorted.length));
        if (losingSd == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((sorted[1] - sorted[0]) / losingSd);
    }

    static OptionalDouble normalisedRelativeDistance(double[] sorted) {
        if (sorted.length < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((sorted[1] - sorted[0]) / sorted[0]);
    }

    static OptionalDouble skewness(double[] x) {
        int n = x.length;
        if (n < 3) {
            return OptionalDouble.empty();
        }
        double m2 = centralMoment(x, 2);
        if (m2 == 0) {
            return OptionalDouble.empty();
        }
        double g1 = centralMoment(x, 3) / Math.pow(m2, 1.5);
        return OptionalDouble.of(Math.sqrt((double) n * (n - 1)) / (n - 2) * g1);
    }

    static OptionalDouble excessKurtosis(double[] x) {
        int n = x.length;
        if (n < 4) {
            return OptionalDouble.empty();
        }
        double m2 = centralMoment(x, 2);
        if (m2 == 0) {
            return OptionalDouble.empty();
        }
        double g2 = centralMoment(x, 4) / (m2 * m2) - 3;
        return OptionalDouble.of((double) (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * g2 + 6));
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double sampleStandardDeviation(double[] x) {
        double m = mean(x);
        double squares = 0;
        for (double v : x) {
            squares += (v - m) * (v - m);
        }
        return Math.sqrt(squares / (x.length - 1));
    }

    private static double centralMoment(double[] x, int k) {
        double m = mean(x);
        double sum = 0;
        for (double v : x) {
            sum += Math.pow(v - m, k);
        }
        return sum / x.length;
    }
}
