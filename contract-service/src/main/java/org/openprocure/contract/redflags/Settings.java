package org.openprocure.contract.redflags;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Indicator settings in Cardinal's INI format: top-level keys (e.g. {@code currency},
 * {@code no_price_comparison_procurement_methods}), an {@code [exclusions]} section and one
 * section per indicator ({@code [R003] threshold = 10}). Lists are pipe-separated, as Cardinal's
 * {@code parse_pipe_separated_value} reads them, because procurement method names may contain commas.
 */
public final class Settings {

    private static final String ROOT = "";
    /** Suffix of a section of thresholds per procurementMethodDetails, e.g. {@code [R003.procurement_method_details]}. */
    private static final String DETAILS_SECTION = ".procurement_method_details";

    private final Map<String, Map<String, String>> sections;

    private Settings(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    public static Settings defaults() {
        return new Settings(Map.of());
    }

    public static Settings parse(String ini) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        String section = ROOT;
        String[] lines = ini.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.length() < 3) {
                    throw new SettingsException("line " + number + ": malformed section header: " + lines[i]);
                }
                section = line.substring(1, line.length() - 1).strip();
                sections.computeIfAbsent(section, s -> new LinkedHashMap<>());
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new SettingsException("line " + number + ": expected 'key = value': " + lines[i]);
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            sections.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(key, value);
            if (key.equals("threshold") || key.endsWith("_threshold") || section.endsWith(DETAILS_SECTION)) {
                parseNumber(value, number, lines[i]);
            }
        }
        return new Settings(sections);
    }

    private static double parseNumber(String value, int number, String line) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new SettingsException("line " + number + ": not a number: " + line);
        }
    }

    private Optional<String> get(String section, String key) {
        return Optional.ofNullable(sections.getOrDefault(section, Map.of()).get(key));
    }

    public double threshold(String indicator, double fallback) {
        return get(indicator, "threshold").map(Double::parseDouble).orElse(fallback);
    }

    public Optional<Double> number(String indicator, String key) {
        return get(indicator, key).map(Double::parseDouble);
    }

    /**
     * The indicator's thresholds per {@code tender.procurementMethodDetails} value, from the section
     * {@code [<indicator>.procurement_method_details]} (e.g. {@code Licitación = 10}); empty if unset.
     */
    public Map<String, Double> procurementMethodDetailsThresholds(String indicator) {
        Map<String, Double> thresholds = new LinkedHashMap<>();
        sections.getOrDefault(indicator + DETAILS_SECTION, Map.of())
                .forEach((details, value) -> thresholds.put(details, Double.parseDouble(value)));
        return Collections.unmodifiableMap(thresholds);
    }

    /** The indicator's {@code procurement_methods}, or the fallback list if unset. */
    public Set<String> procurementMethods(String indicator, String fallback) {
        return pipeSeparated(get(indicator, "procurement_methods").orElse(fallback));
    }

    public Set<String> excludedProcurementMethodDetails() {
        return pipeSeparated(get("exclusions", "procurement_method_details").orElse(""));
    }

    public Set<String> noPriceComparisonProcurementMethods() {
        return pipeSeparated(get(ROOT, "no_price_comparison_procurement_methods").orElse(""));
    }

    public Set<String> priceComparisonProcurementMethods() {
        return pipeSeparated(get(ROOT, "price_comparison_procurement_methods").orElse(""));
    }

    public Optional<String> currency() {
        return get(ROOT, "currency");
    }

    static Set<String> pipeSeparated(String value) {
        Set<String> set = new LinkedHashSet<>();
        for (String part : value.split("\\|")) {
            if (!part.isBlank()) {
                set.add(part.strip());
            }
        }
        return Collections.unmodifiableSet(set);
    }
}
