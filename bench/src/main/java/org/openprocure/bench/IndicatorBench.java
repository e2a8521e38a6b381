package org.openprocure.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openprocure.contract.redflags.Group;
import org.openprocure.contract.redflags.IndicatorEngine;
import org.openprocure.contract.redflags.ReleaseLines;
import org.openprocure.contract.redflags.RedFlags;
import org.openprocure.contract.redflags.Settings;

/**
 * Times contract-service's red-flag engine over a file of compiled releases (JSON lines): in-process,
 * parsing and computing measured apart, with the heap the parsed releases hold; beside two ceilings of
 * the same run, a streaming read of the same bytes (every JSON token, no tree) and one walk over the
 * parsed releases reading every bid and award (what any indicator has to read at least). With
 * {@code --port-offset}, also {@code POST /api/analytics/indicators} on the running contract-service.
 */
public final class IndicatorBench {

    private IndicatorBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CompiledReleases.options(args);
        Path file = Path.of(options.getOrDefault("--file", "compiled-releases.jsonl"));
        int repeat = Integer.parseInt(options.getOrDefault("--repeat", "3"));
        String label = options.getOrDefault("--label", "run");
        Path results = Path.of(options.getOrDefault("--results", "bench/results/indicators.tsv"));
        String portOffset = options.get("--port-offset");
        int httpBatch = Integer.parseInt(options.getOrDefault("--http-batch", "5000"));
        Instant day = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> tsv = new ArrayList<>();
        long fileBytes = Files.size(file);

        // Ceiling 1: every token of every line through Jackson's streaming parser, no tree built.
        long baseline = usedHeapAfterGc();
        long started = System.nanoTime();
        long tokens = 0;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long readNanos = System.nanoTime() - started;
        long linesBytes = usedHeapAfterGc() - baseline;
        JsonFactory factory = new JsonFactory();
        long streamCpu = cpuNanos();
        started = System.nanoTime();
        for (String line : lines) {
            try (JsonParser parser = factory.createParser(line)) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
        }
        long streamNanos = System.nanoTime() - started;
        streamCpu = cpuNanos() - streamCpu;

        // As IndicatorResource does: ReleaseLines, one readTree per line, the lines spread over every core.
        long cpu = cpuNanos();
        started = System.nanoTime();
        List<JsonNode> releases = ReleaseLines.parse(lines);
        long parseNanos = System.nanoTime() - started;
        long parseCpu = cpuNanos() - cpu;
        lines = null;
        long treesHeld = usedHeapAfterGc() - baseline;

        // Ceiling 2: one walk reading every bid's status, tenderers and value, and every award's status.
        started = System.nanoTime();
        double checksum = 0;
        int bids = 0;
        int awards = 0;
        for (JsonNode release : releases) {
            for (JsonNode bid : release.path("bids").path("details")) {
                bids++;
                checksum += bid.path("value").path("amount").asDouble() + bid.path("status").asText().length()
                        + bid.path("tenderers").path(0).path("id").asText().length();
            }
            for (JsonNode award : release.path("awards")) {
                awards++;
                checksum += award.path("status").asText().length();
            }
        }
        long walkNanos = System.nanoTime() - started;

        System.out.printf("%s: %d compiled releases, %.1f MB, %d bids, %d awards (file read in %.1f s)%n", file,
                releases.size(), fileBytes / 1e6, bids, awards, readNanos / 1e9);
        System.out.printf("  parse (ReleaseLines, parallel)      %8.2f s (CPU %6.2f s)  %9.0f releases/s  %6.1f MB/s%n",
                parseNanos / 1e9, parseCpu / 1e9, releases.size() / (parseNanos / 1e9), fileBytes / 1e6 / (parseNanos / 1e9));
        System.out.printf("  ceiling: streaming tokens only   %8.2f s (CPU %6.2f s)  %9.0f releases/s  %6.1f MB/s (%d tokens)%n",
                streamNanos / 1e9, streamCpu / 1e9, releases.size() / (streamNanos / 1e9),
                fileBytes / 1e6 / (streamNanos / 1e9), tokens);
        System.out.printf("  heap held by the parsed trees: %.0f MB (%.1f KB per release; the lines as strings held %.0f MB)%n",
                treesHeld / 1e6, treesHeld / 1e3 / releases.size(), linesBytes / 1e6);
        System.out.printf("  ceiling: one walk over bids and awards %.2f s (checksum %.0f)%n", walkNanos / 1e9, checksum);
        String common = "releases=" + releases.size() + " bytes=" + fileBytes + " bids=" + bids + " awards=" + awards;
        tsv.add(line(day, label, "parse", parseNanos, releases.size(), common + cpuText(parseCpu) + " heap_trees_mb="
                + Math.round(treesHeld / 1e6) + " heap_lines_mb=" + Math.round(linesBytes / 1e6) + " max_heap_mb="
                + Runtime.getRuntime().maxMemory() / (1 << 20)));
        tsv.add(line(day, label, "ceiling-stream", streamNanos, releases.size(), common + cpuText(streamCpu)
                + " tokens=" + tokens));
        tsv.add(line(day, label, "ceiling-walk", walkNanos, releases.size(), common));

        Settings settings = Settings.defaults();
        for (int run = 1; run <= repeat; run++) {
            resetPeaks();
            long heapAtStart = usedHeap();
            cpu = cpuNanos();
            started = System.nanoTime();
            RedFlags flags = IndicatorEngine.evaluate(releases, settings);
            long computeNanos = System.nanoTime() - started;
            long computeCpu = cpuNanos() - cpu;
            long peak = peakHeap();
            started = System.nanoTime();
            JsonNode answer = IndicatorEngine.run(releases, settings);
            long runNanos = System.nanoTime() - started;
            String flagged = flagged(flags);
            System.out.printf("  compute %d: evaluate %6.2f s (CPU %6.2f s, %9.0f releases/s), heap pools' peaks %.0f MB"
                            + " (+%.0f MB over the parsed trees); evaluate + answer tree %6.2f s (%d bytes of JSON)%n", run,
                    computeNanos / 1e9, computeCpu / 1e9, releases.size() / (computeNanos / 1e9), peak / 1e6,
                    (peak - heapAtStart) / 1e6,
                    runNanos / 1e9, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(answer).length);
            System.out.println("    flagged: " + flagged);
            tsv.add(line(day, label, "compute-" + run, computeNanos, releases.size(), common + cpuText(computeCpu)
                    + " peak_heap_mb="
                    + Math.round(peak / 1e6) + " with_answer_s=" + String.format("%.2f", runNanos / 1e9) + " flagged="
                    + flagged));
        }

        if (portOffset != null) {
            tsv.addAll(overHttp(new Platform(Integer.parseInt(portOffset)), file, httpBatch, day, label));
        }
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, String.join("", tsv), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * The endpoint takes the whole set in one body, up to the service's body limit (32 MB): the set is
     * posted in batches of {@code batch} releases, one request after the other. Each batch is its own
     * population for the outlier fences, so this times the endpoint; it is not the same result as one run
     * over the whole set.
     */
    private static List<String> overHttp(Platform platform, Path file, int batch, Instant day, String label)
            throws IOException, InterruptedException {
        String token = platform.token("auditor.farah");
        List<String> tsv = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long whole = Files.size(file);
        int status = post(platform, token, Files.readAllBytes(file)).statusCode;
        System.out.printf("  POST %s/api/analytics/indicators with the whole file (%.0f MB): %s%n",
                platform.contractService, whole / 1e6, status < 0 ? "connection closed by the service" : status);
        tsv.add(String.join("\t", day.toString(), label, "http-whole", "status=" + status, "bytes=" + whole) + "\n");

        List<Double> millis = new ArrayList<>();
        long bytes = 0;
        int releases = 0;
        long started = System.nanoTime();
        for (int from = 0; from < lines.size(); from += batch) {
            byte[] body = (String.join("\n", lines.subList(from, Math.min(lines.size(), from + batch))) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            long sent = System.nanoTime();
            Answer answer = post(platform, token, body);
            if (answer.statusCode != 200) {
                throw new IllegalStateException("POST /api/analytics/indicators: " + answer.statusCode + " " + answer.body);
            }
            millis.add((System.nanoTime() - sent) / 1e6);
            bytes += body.length;
            releases += Math.min(batch, lines.size() - from);
        }
        long nanos = System.nanoTime() - started;
        millis.sort(Double::compare);
        System.out.printf("  POST in batches of %d releases (%.1f MB each): %d requests, %.1f s, %.0f releases/s;"
                        + " per request median %.0f ms, max %.0f ms%n", batch, bytes / 1e6 / millis.size(), millis.size(),
                nanos / 1e9, releases / (nanos / 1e9), millis.get(millis.size() / 2), millis.get(millis.size() - 1));
        tsv.add(line(day, label, "http-batches", nanos, releases, "batch=" + batch + " requests=" + millis.size()
                + " bytes=" + bytes + String.format(" median_ms=%.0f max_ms=%.0f", millis.get(millis.size() / 2),
                millis.get(millis.size() - 1))));
        return tsv;
    }

    private record Answer(int statusCode, String body) {
    }

    private static Answer post(Platform platform, String token, byte[] body) throws InterruptedException {
        try {
            HttpResponse<String> response = platform.http.send(HttpRequest.newBuilder(
                            URI.create(platform.contractService + "/api/analytics/indicators"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        }
    }

    private static String flagged(RedFlags flags) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Group group : Group.values()) {
            flags.get(group).values().forEach(codes -> codes.keySet().forEach(
                    code -> counts.merge(group.name() + ":" + code, 1, Integer::sum)));
        }
        return counts.toString().replace(" ", "");
    }

    private static String line(Instant day, String label, String phase, long nanos, int releases, String notes) {
        return String.join("\t", day.toString(), label, phase, String.format("seconds=%.3f", nanos / 1e9),
                String.format("per_s=%.0f", releases / (nanos / 1e9)),
                "cores=" + Runtime.getRuntime().availableProcessors(), "loadavg=" + loadAverage(), notes) + "\n";
    }

    /** The machine's load average over the last minute: other work on the same cores slows the wall clock. */
    static String loadAverage() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** CPU time of this JVM, all threads, the collector's included. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String cpuText(long cpuNanos) {
        return String.format(" cpu_s=%.2f", cpuNanos / 1e9);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return usedHeap();
    }

    private static long usedHeap() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static void resetPeaks() {
        usedHeapAfterGc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the heap used at any one time. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
