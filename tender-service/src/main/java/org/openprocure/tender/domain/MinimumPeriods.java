package org.openprocure.tender.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shortest time between publication and the submission deadline, by procedure method and
 * estimated value. A tender is held to the rule with the highest value threshold it reaches for its
 * method. The defaults follow the EU directive's time limits (35 days for open procedures above the
 * threshold, 30 for the request stage of selective ones) and common national practice below it.
 */
public record MinimumPeriods(List<Rule> rules) {

    /** At or above {@code fromValue}, a tender of {@code method} needs at least {@code minimum}. */
    public record Rule(ProcurementMethod method, BigDecimal fromValue, Duration minimum) {
        public Rule {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(fromValue, "fromValue");
            Objects.requireNonNull(minimum, "minimum");
        }
    }

    public static final BigDecimal EU_THRESHOLD_SUPPLIES_SERVICES = new BigDecimal("221000");

    public static MinimumPeriods defaults() {
        return new MinimumPeriods(List.of(
                new Rule(ProcurementMethod.OPEN, BigDecimal.ZERO, Duration.ofDays(15)),
                new Rule(ProcurementMethod.OPEN, EU_THRESHOLD_SUPPLIES_SERVICES, Duration.ofDays(35)),
                new Rule(ProcurementMethod.SELECTIVE, BigDecimal.ZERO, Duration.ofDays(15)),
                new Rule(ProcurementMethod.SELECTIVE, EU_THRESHOLD_SUPPLIES_SERVICES, Duration.ofDays(30)),
                new Rule(ProcurementMethod.LIMITED, BigDecimal.ZERO, Duration.ofDays(10)),
                new Rule(ProcurementMethod.DIRECT, BigDecimal.ZERO, Duration.ofDays(5))));
    }

    /**
     * The table from configuration entries {@code method:fromValue:duration}, e.g. {@code
     * open:221000:P35D}.
     *
     * @throws IllegalArgumentException naming the entry that cannot be read
     */
    public static MinimumPeriods parse(List<String> entries) {
        List<Rule> rules = new java.util.ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.strip().split(":");
            try {
                if (parts.length != 3) {
                    throw new IllegalArgumentException("expected method:fromValue:duration");
                }
                rules.add(new Rule(ProcurementMethod.valueOf(parts[0].strip().toUpperCase(java.util.Locale.ROOT)),
                        new BigDecimal(parts[1].strip()), Duration.parse(parts[2].strip())));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("minimum period '" + entry + "' cannot be read: " + e.getMessage()
                        + " (expected e.g. open:221000:P35D)", e);
            }
        }
        return new MinimumPeriods(rules);
    }

    public MinimumPeriods {
        rules = List.copyOf(rules);
    }

    /** The minimum that applies, or empty when the table has no rule for the method. */
    public Optional<Duration> minimumFor(ProcurementMethod method, BigDecimal estimatedValue) {
        return rules.stream()
                .filter(rule -> rule.method() == method && estimatedValue.compareTo(rule.fromValue()) >= 0)
                .max(Comparator.comparing(Rule::fromValue))
                .map(Rule::minimum);
    }
}
