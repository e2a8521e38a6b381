package org.openprocure.contract.redflags;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Flagged results: group → subject id → indicator code → value. Only flagged entries are kept. */
public final class RedFlags {

    private final Map<Group, Map<String, Map<String, Double>>> results = new EnumMap<>(Group.class);

    public void flag(Group group, String id, String code, double value) {
        results.computeIfAbsent(group, g -> new TreeMap<>())
                .computeIfAbsent(id, i -> new TreeMap<>())
                .put(code, value);
    }

    public Map<String, Map<String, Double>> get(Group group) {
        return results.getOrDefault(group, Map.of());
    }

    /** The value of one flag, or null when not flagged. */
    public Double value(Group group, String id, String code) {
        return get(group).getOrDefault(id, Map.of()).get(code);
    }
}
