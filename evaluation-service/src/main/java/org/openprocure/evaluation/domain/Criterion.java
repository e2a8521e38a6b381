package org.openprocure.evaluation.domain;

import java.util.Objects;

/**
 * An award criterion of a best price-quality tender. Its weight is also its maximum score: a quality
 * criterion weighted 20 is scored 0 to 20 by each evaluator, and the price criterion gives at most its
 * weight to the lowest price. Tender-service makes the weights of a tender sum to 100.
 */
public record Criterion(String name, Type type, int weight) {

    /** The price criterion is scored by formula from the prices; quality criteria by the evaluators. */
    public enum Type {
        PRICE, QUALITY
    }

    public Criterion {
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a criterion needs a name");
        }
        if (weight <= 0 || weight > 100) {
            throw new IllegalArgumentException("criterion " + name + ": weight must be 1 to 100, was " + weight);
        }
    }

    public static Criterion price(String name, int weight) {
        return new Criterion(name, Type.PRICE, weight);
    }

    public static Criterion quality(String name, int weight) {
        return new Criterion(name, Type.QUALITY, weight);
    }

    public boolean isQuality() {
        return type == Type.QUALITY;
    }
}
