package org.openprocure.contract.redflags;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Flagged results: group → subject id → indicator code → value. Only flagged entries are kept. Each flag
 * may carry its {@link Detail}: the rule that fired and the numbers behind it, for an auditor's list.
 */
public final class RedFlags {

    /**
     * Why a flag fired.
     *
     * @param threshold the rule with its numeric value, e.g. {@code share ≥ upper fence Q3 + 1.5·IQR = 0.5}
     * @param evidence  the numbers (and identifiers) the indicator used, in the order it used them
     */
    public record Detail(String threshold, Map<String, Object> evidence) {

        public Detail {
            evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        }
    }

    private final Map<Group, Map<String, Map<String, Double>>> results = new EnumMap<>(Group.class);
    private final Map<String, Detail> details = new TreeMap<>();

    public void flag(Group group, String id, String code, double value) {
        results.computeIfAbsent(group, g -> new TreeMap<>())
                .computeIfAbsent(id, i -> new TreeMap<>())
                .put(code, value);
    }

    /** A flag with why it fired; a later detail for the same flag replaces an earlier one. */
    public void flag(Group group, String id, String code, double value, String threshold, Map<String, Object> evidence) {
        flag(group, id, code, value);
        details.put(key(group, id, code), new Detail(threshold, evidence));
    }

    public Map<String, Map<String, Double>> get(Group group) {
        return results.getOrDefault(group, Map.of());
    }

    /** The value of one flag, or null when not flagged. */
    public Double value(Group group, String id, String code) {
        return get(group).getOrDefault(id, Map.of()).get(code);
    }

    /** Why one flag fired, when the indicator recorded it. */
    public Optional<Detail> detail(Group group, String id, String code) {
        return Optional.ofNullable(details.get(key(group, id, code)));
    }

    private static String key(Group group, String id, String code) {
        return group.name() + "\u0000" + id + "\u0000" + code;
    }
}
