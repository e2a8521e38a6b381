package org.openprocure.contract.redflags;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R003 Short submission period: the tender period lasts fewer whole days than the threshold
 * (default 15), or than the threshold set for the process's procurementMethodDetails in
 * {@code [R003.procurement_method_details]}. With {@code procurement_methods} set, only those procurement
 * methods are assessed.
 */
public final class ShortSubmissionPeriod implements Indicator {

    private final double threshold;
    private final Set<String> procurementMethods;
    private final Map<String, Double> thresholdsByDetails;

    public ShortSubmissionPeriod(Settings settings) {
        this.threshold = settings.threshold("R003", 15);
        this.procurementMethods = settings.procurementMethods("R003", "");
        this.thresholdsByDetails = settings.procurementMethodDetailsThresholds("R003");
    }

    @Override
    public String code() {
        return "R003";
    }

    @Override
    public void evaluate(ContractingProcess process, String ocid, RedFlags flags) {
        if (!procurementMethods.isEmpty()
                && !process.procurementMethod().filter(procurementMethods::contains).isPresent()) {
            return;
        }
        Optional<OffsetDateTime> start = date(process.tender().path("tenderPeriod").path("startDate").asText(null));
        Optional<OffsetDateTime> end = date(process.tender().path("tenderPeriod").path("endDate").asText(null));
        if (start.isEmpty() || end.isEmpty()) {
            return;
        }
        // Whole days, truncated toward zero, as chrono's num_days() in Cardinal.
        long days = Duration.between(start.get(), end.get()).toDays();
        Optional<String> details = process.procurementMethodDetails().filter(thresholdsByDetails::containsKey);
        double threshold = details.map(thresholdsByDetails::get).orElse(this.threshold);
        if (days < threshold) {
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("startDate", process.tender().path("tenderPeriod").path("startDate").asText());
            evidence.put("endDate", process.tender().path("tenderPeriod").path("endDate").asText());
            evidence.put("days", days);
            details.ifPresent(d -> evidence.put("procurementMethodDetails", d));
            flags.flag(Group.OCID, ocid, code(), 1.0, "tender period < " + Numbers.text(threshold) + " whole days"
                    + details.map(d -> " (procurementMethodDetails " + d + ")").orElse(""), evidence);
        }
    }

    private static Optional<OffsetDateTime> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
