package org.openprocure.support.problem;

/**
 * Reads numeric query parameters so that a wrong one is a 400 naming it, not the 404 that a failed
 * JAX-RS conversion of a query parameter would give.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static int intBetween(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        throw ProblemException.badRequest(name, "'" + value + "' is not a whole number from " + min + " to " + max);
    }
}
