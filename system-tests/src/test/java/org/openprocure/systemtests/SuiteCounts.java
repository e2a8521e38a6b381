package org.openprocure.systemtests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the fault, hostile-input and authorisation suites did (requests sent, faults injected, bids
 * checked...), counted as they go and printed by {@link SuiteCountsListener} when the test JVM has
 * run its last test.
 */
public final class SuiteCounts {

    private static final Map<String, Map<String, AtomicLong>> COUNTS = new ConcurrentHashMap<>();

    private SuiteCounts() {
    }

    /** Adds {@code amount} to the count {@code what} of {@code suite} (e.g. "fault suite", "bids checked"). */
    public static void add(String suite, String what, long amount) {
        COUNTS.computeIfAbsent(suite, s -> java.util.Collections.synchronizedMap(new LinkedHashMap<>()))
                .computeIfAbsent(what, w -> new AtomicLong()).addAndGet(amount);
    }

    /** The counts so far, suite by suite, in the order first counted. */
    public static Map<String, Map<String, Long>> snapshot() {
        Map<String, Map<String, Long>> copy = new java.util.TreeMap<>();
        COUNTS.forEach((suite, counts) -> {
            Map<String, Long> values = new LinkedHashMap<>();
            synchronized (counts) {
                counts.forEach((what, count) -> values.put(what, count.get()));
            }
            copy.put(suite, values);
        });
        return copy;
    }

    /** The counts as the lines printed at the end of the run. */
    public static String report() {
        StringBuilder out = new StringBuilder();
        snapshot().forEach((suite, counts) -> {
            out.append(suite).append(':');
            counts.forEach((what, count) -> out.append(' ').append(what).append(' ').append(count).append(','));
            out.setLength(out.length() - 1);
            out.append('\n');
        });
        return out.toString();
    }
}
