package org.openprocure.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Latencies (nanoseconds) of one client's requests in the measured window, and the statuses it got. */
final class Latencies {

    private long[] accepted = new long[4096];
    private int count;
    private final Map<String, Integer> failures = new TreeMap<>();

    void accepted(long nanos) {
        if (count == accepted.length) {
            accepted = Arrays.copyOf(accepted, count * 2);
        }
        accepted[count++] = nanos;
    }

    void failed(String status) {
        failures.merge(status, 1, Integer::sum);
    }

    /** The figures of a phase: every client's latencies together. */
    record Summary(int accepted, double perSecond, double p50Ms, double p95Ms, double p99Ms, double maxMs,
            Map<String, Integer> failures) {

        String failuresText() {
            return failures.isEmpty() ? "none" : failures.toString().replaceAll("[{} ]", "");
        }
    }

    static Summary summarise(Iterable<Latencies> clients, double seconds) {
        int total = 0;
        Map<String, Integer> failures = new TreeMap<>();
        for (Latencies client : clients) {
            total += client.count;
            client.failures.forEach((status, n) -> failures.merge(status, n, Integer::sum));
        }
        long[] all = new long[total];
        int at = 0;
        for (Latencies client : clients) {
            System.arraycopy(client.accepted, 0, all, at, client.count);
            at += client.count;
        }
        Arrays.sort(all);
        return new Summary(total, total / seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
                total == 0 ? 0 : all[total - 1] / 1e6, failures);
    }

    /** The nearest-rank percentile. */
    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
