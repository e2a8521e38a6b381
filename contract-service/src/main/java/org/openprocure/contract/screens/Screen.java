package org.openprocure.contract.screens;

/**
 * The per-lot bid screens and which side of their market's distribution points to collusion
 * (Huber &amp; Imhof 2019: cartels compress the bids and leave a gap below the cover bids).
 */
public enum Screen {
    COEFFICIENT_OF_VARIATION("LOW_CV", Side.LOW, "coefficient of variation of the bids"),
    SPREAD("LOW_SPREAD", Side.LOW, "spread between highest and lowest bid"),
    RELATIVE_DISTANCE("HIGH_RD", Side.HIGH, "gap between the two lowest bids relative to the losing bids' spread"),
    NORMALISED_RELATIVE_DISTANCE("HIGH_RD_NORMALISED", Side.HIGH, "gap between the two lowest bids relative to the lowest bid"),
    SKEWNESS("LOW_SKEWNESS", Side.LOW, "skewness of the bids"),
    EXCESS_KURTOSIS("HIGH_KURTOSIS", Side.HIGH, "excess kurtosis of the bids");

    public enum Side { LOW, HIGH }

    private final String code;
    private final Side suspiciousSide;
    private final String description;

    Screen(String code, Side suspiciousSide, String description) {
        this.code = code;
        this.suspiciousSide = suspiciousSide;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public Side suspiciousSide() {
        return suspiciousSide;
    }

    public String description() {
        return description;
    }
}
