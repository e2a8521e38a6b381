package org.openprocure.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Memory of every process of a local platform (its home's {@code run/pids}), sampled once a second for a while:
 * the resident set from {@code /proc/<pid>/status} ({@code VmRSS}) and, for the services and the portal, the JVM
 * heap in use and committed from their Prometheus metrics ({@code /q/metrics}: {@code jvm_memory_used_bytes} and
 * {@code jvm_memory_committed_bytes} of area heap, summed over the pools). PostgreSQL runs as many processes that
 * share its buffers, so its figure is the private memory of all of them ({@code RssAnon}) plus the largest shared
 * part ({@code RssShmem}) once. Prints and appends one line per process: mean and maximum over the samples.
 */
public final class MemorySampler {

    private static final Map<String, Integer> HTTP_PORTS = Map.of("portal", 8080, "tender-service", 8081,
            "bid-service", 8082, "evaluation-service", 8083, "contract-service", 8084);

    private MemorySampler() {
    }

    private static final class Series {
        final List<Double> rss = new ArrayList<>();
        final List<Double> heapUsed = new ArrayList<>();
        final List<Double> heapCommitted = new ArrayList<>();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CompiledReleases.options(args);
        Path home = Path.of(options.get("--home"));
        int offset = Integer.parseInt(options.getOrDefault("--port-offset", "0"));
        String phase = options.getOrDefault("--phase", "idle");
        int seconds = Integer.parseInt(options.getOrDefault("--seconds", "10"));
        Path results = Path.of(options.getOrDefault("--results", "bench/results/memory.tsv"));
        Platform platform = new Platform(offset);

        // Sampling starts once the load does, when the benchmark says so by creating this file.
        String waitFor = options.get("--wait-for");
        long giveUp = System.nanoTime() + 600_000_000_000L;
        while (waitFor != null && !Files.exists(Path.of(waitFor)) && System.nanoTime() < giveUp) {
            Thread.sleep(200);
        }
        Map<String, String> pids = new LinkedHashMap<>();
        for (String line : Files.readAllLines(home.resolve("run/pids"))) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 2) {
                pids.put(fields[0], fields[1]);
            }
        }
        Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Series> series = new LinkedHashMap<>();
        pids.keySet().forEach(name -> series.put(name, new Series()));
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        do {
            long started = System.nanoTime();
            for (Map.Entry<String, String> process : pids.entrySet()) {
                Series s = series.get(process.getKey());
                Double rss = process.getKey().equals("postgres") ? postgresMegabytes() : rssMegabytes(process.getValue());
                if (rss != null) {
                    s.rss.add(rss);
                }
                Integer port = HTTP_PORTS.get(process.getKey());
                // A paused service (SIGSTOP: another benchmark keeps it out of the way) would only time out.
                if (port != null && !stopped(process.getValue())) {
                    double[] heap = heap(platform, port + offset);
                    if (heap != null) {
                        s.heapUsed.add(heap[0]);
                        s.heapCommitted.add(heap[1]);
                    }
                }
            }
            long left = 1_000_000_000L - (System.nanoTime() - started);
            if (left > 0 && System.nanoTime() + left < until) {
                Thread.sleep(left / 1_000_000L);
            }
        } while (System.nanoTime() < until);

        StringBuilder lines = new StringBuilder();
        System.out.printf("Memory, %s (%d s, a sample a second; MB):%n", phase, seconds);
        System.out.printf("  %-20s %9s %9s %11s %11s %14s%n", "process", "RSS mean", "RSS max", "heap mean",
                "heap max", "heap committed");
        for (Map.Entry<String, Series> entry : series.entrySet()) {
            Series s = entry.getValue();
            System.out.printf("  %-20s %9s %9s %11s %11s %14s%n", entry.getKey(), mean(s.rss), max(s.rss),
                    mean(s.heapUsed), max(s.heapUsed), max(s.heapCommitted));
            lines.append(String.join("\t", stamp.toString(), phase, entry.getKey(), "samples=" + s.rss.size(),
                    "rss_mean_mb=" + mean(s.rss), "rss_max_mb=" + max(s.rss), "heap_used_mean_mb=" + mean(s.heapUsed),
                    "heap_used_max_mb=" + max(s.heapUsed), "heap_committed_max_mb=" + max(s.heapCommitted),
                    "cores=" + Runtime.getRuntime().availableProcessors(), "loadavg=" + IndicatorBench.loadAverage()))
                    .append('\n');
        }
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static Double rssMegabytes(String pid) {
        Map<String, Long> status = status(Path.of("/proc", pid));
        return status == null ? null : status.getOrDefault("VmRSS", 0L) / 1024.0;
    }

    private static boolean stopped(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("T");
        } catch (IOException gone) {
            return true;
        }
    }

    /** Every PostgreSQL process's private memory, and the shared buffers once. */
    private static Double postgresMegabytes() {
        long anon = 0;
        long shmem = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                try {
                    if (!Files.readString(process.resolve("comm")).strip().equals("postgres")) {
                        continue;
                    }
                } catch (IOException gone) {
                    continue;
                }
                Map<String, Long> status = status(process);
                if (status != null) {
                    anon += status.getOrDefault("RssAnon", 0L);
                    shmem = Math.max(shmem, status.getOrDefault("RssShmem", 0L));
                }
            }
        } catch (IOException e) {
            return null;
        }
        return (anon + shmem) / 1024.0;
    }

    /** The kB fields of /proc/<pid>/status. */
    private static Map<String, Long> status(Path process) {
        try {
            Map<String, Long> fields = new LinkedHashMap<>();
            for (String line : Files.readAllLines(process.resolve("status"))) {
                String[] parts = line.split(":\\s+");
                if (parts.length == 2 && parts[1].endsWith(" kB")) {
                    fields.put(parts[0], Long.parseLong(parts[1].substring(0, parts[1].length() - 3).trim()));
                }
            }
            return fields;
        } catch (IOException | NumberFormatException gone) {
            return null;
        }
    }

    /** Heap in use and committed (MB), or null when the metrics do not answer within two seconds. */
    private static double[] heap(Platform platform, int port) {
        try {
            HttpResponse<String> response = platform.http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/q/metrics")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            double used = 0;
            double committed = 0;
            for (String line : response.body().split("\n")) {
                if (!line.contains("area=\"heap\"")) {
                    continue;
                }
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (line.startsWith("jvm_memory_used_bytes{")) {
                    used += value;
                } else if (line.startsWith("jvm_memory_committed_bytes{")) {
                    committed += value;
                }
            }
            return new double[] {used / 1048576.0, committed / 1048576.0};
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String mean(List<Double> values) {
        return values.isEmpty() ? "-" : String.format("%.0f", values.stream().mapToDouble(d -> d).average().orElse(0));
    }

    private static String max(List<Double> values) {
        return values.isEmpty() ? "-" : String.format("%.0f", values.stream().mapToDouble(d -> d).max().orElse(0));
    }
}
