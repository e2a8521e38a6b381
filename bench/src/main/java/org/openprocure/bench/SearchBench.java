package org.openprocure.bench;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Public search at 64 connections (bench/search.sh): anonymous clients in a closed loop, each on its own
 * HTTP/1.1 connection, on the public lists people search, beside the raw ceiling of each service measured in the
 * same run: its trivial {@code GET /api/clock} with the same clients. Phases:
 * <ol>
 * <li><b>notice board</b>, tender-service {@code GET /api/notices}: free text, CPV prefix, status, deadline and
 * value filters, sort orders and later pages, in turn;</li>
 * <li><b>open data and contracts</b>, contract-service: {@code GET /api/ocds/releases} (pages of the feed from
 * cursors spread over it), {@code /api/ocds/records} (the record packages), {@code /api/ocds/records/{ocid}} and
 * {@code /api/contracts} (pages, by status);</li>
 * <li><b>ceilings</b>: {@code GET /api/clock} of tender-service, then of contract-service.</li>
 * </ol>
 * Before, it publishes tenders through tender-service's API until the notice board holds {@code --tenders}.
 */
public final class SearchBench {

    private static final String[] SUBJECTS = {"Road resurfacing", "School catering", "Hospital linen",
        "Office furniture", "IT support", "Street lighting", "Bridge inspection", "Waste collection",
        "Park maintenance", "Library books", "Fleet vehicles", "Cleaning services"};
    private static final String[] PLACES = {"Northvale", "Eastbrook", "Harbour district", "Old town", "Riverside",
        "Hillcrest", "Market square", "Westfield"};
    private static final String[] WORDS = {"road", "school", "hospital", "furniture", "lighting", "bridge", "waste",
        "park", "library", "vehicles", "cleaning", "northvale", "riverside", "catering"};

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CompiledReleases.options(args);
        Platform platform = new Platform(Integer.parseInt(options.getOrDefault("--port-offset", "0")));
        int clients = Integer.parseInt(options.getOrDefault("--clients", "64"));
        int warmUp = Integer.parseInt(options.getOrDefault("--warm-up", "10"));
        int seconds = Integer.parseInt(options.getOrDefault("--seconds", "20"));
        int tenders = Integer.parseInt(options.getOrDefault("--tenders", "300"));
        String tenderPid = options.get("--tender-pid");
        String contractPid = options.get("--contract-pid");
        String label = options.getOrDefault("--label", "run");
        Path results = Path.of(options.getOrDefault("--results", "bench/results/search.tsv"));
        Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        int onBoard = seed(platform, tenders);
        if (options.containsKey("--seed-only")) {
            return;
        }
        JsonNode firstRecords = get(platform, platform.contractService + "/api/ocds/records?since=0&limit=50");
        List<String> ocids = new ArrayList<>();
        firstRecords.path("records").forEach(r -> ocids.add(r.path("ocid").asText()));
        long contracts = get(platform, platform.contractService + "/api/contracts?size=1").path("total").asLong();
        long feedEnd = feedEnd(platform);
        System.out.printf("Data: %,d tenders on the notice board, %,d OCDS releases (feed cursor up to %,d), %,d"
                + " contracts%n", onBoard, feedEnd, feedEnd, contracts);

        String tender = platform.tenderService;
        String contract = platform.contractService;
        IntFunction<String> notices = n -> tender + switch (n % 10) {
            case 0 -> "/api/notices";
            case 1 -> "/api/notices?q=" + WORDS[(n / 10) % WORDS.length];
            case 2 -> "/api/notices?q=" + WORDS[(n / 10) % WORDS.length] + "&status=active&sort=deadline";
            case 3 -> "/api/notices?cpv=45";
            case 4 -> "/api/notices?cpv=4523&status=active&sort=-value";
            case 5 -> "/api/notices?valueMin=50000&valueMax=200000&sort=title";
            case 6 -> "/api/notices?page=" + ((n / 10) % Math.max(1, onBoard / 20)) + "&size=20";
            case 7 -> "/api/notices?status=active&sort=deadline&size=50";
            case 8 -> "/api/notices?q=" + WORDS[(n / 10) % WORDS.length] + "&cpv=45&page=1";
            default -> "/api/notices?sort=-published&size=100";
        };
        IntFunction<String> openData = n -> contract + switch (n % 6) {
            case 0 -> "/api/ocds/releases?since=" + (feedEnd <= 1 ? 0 : (n * 7919L) % feedEnd) + "&limit=50";
            case 1 -> "/api/ocds/records?since=" + (feedEnd <= 1 ? 0 : (n * 7919L) % feedEnd) + "&limit=20";
            case 2 -> ocids.isEmpty() ? "/api/ocds/releases?limit=10"
                    : "/api/ocds/records/" + ocids.get((n / 6) % ocids.size());
            case 3 -> "/api/contracts?page=" + ((n / 6) % Math.max(1, contracts / 20));
            case 4 -> "/api/contracts?status=active";
            default -> "/api/contracts?status=terminated&page=1";
        };

        List<String> lines = new ArrayList<>();
        lines.add(phase(platform, "notice board: tender-service GET /api/notices", notices, clients, warmUp, seconds,
                tenderPid, label, stamp));
        lines.add(phase(platform, "ceiling: tender-service GET /api/clock", n -> tender + "/api/clock", clients, warmUp,
                seconds, tenderPid, label, stamp));
        lines.add(phase(platform, "open data and contracts: contract-service GET /api/ocds/..., /api/contracts",
                openData, clients, warmUp, seconds, contractPid, label, stamp));
        lines.add(phase(platform, "ceiling: contract-service GET /api/clock", n -> contract + "/api/clock", clients,
                warmUp, seconds, contractPid, label, stamp));
        String data = String.format("tenders=%d\tocds_releases=%d\tcontracts=%d", onBoard, feedEnd, contracts);
        Files.createDirectories(results.toAbsolutePath().getParent());
        for (String line : lines) {
            Files.writeString(results, line + "\t" + data + "\tcores=" + Runtime.getRuntime().availableProcessors()
                    + "\tloadavg=" + IndicatorBench.loadAverage() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static String phase(Platform platform, String name, IntFunction<String> urls, int clients, int warmUp,
            int seconds, String pid, String label, Instant stamp) throws Exception {
        List<LoadPhase.Client> callers = new ArrayList<>();
        long[] bytes = new long[clients];
        for (int i = 0; i < clients; i++) {
            // Each client its own connection, as 64 separate visitors.
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            int client = i;
            int[] n = {i * 131};
            callers.add(() -> {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(urls.apply(n[0]++)))
                        .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                bytes[client] += response.body().length;
                return String.valueOf(response.statusCode());
            });
        }
        CpuTime[] cpu = new CpuTime[2];
        Thread meter = new Thread(() -> {
            try {
                Thread.sleep(warmUp * 1000L);
                cpu[0] = CpuTime.now(pid);
                Thread.sleep(seconds * 1000L);
                cpu[1] = CpuTime.now(pid);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        meter.start();
        Latencies.Summary s = LoadPhase.run("search", callers, warmUp, seconds);
        meter.join();
        long total = 0;
        for (long b : bytes) {
            total += b;
        }
        String cpuText = "cpu=unknown";
        if (cpu[0] != null && cpu[1] != null) {
            double service = (cpu[1].bidServiceTicks() - cpu[0].bidServiceTicks()) / CpuTime.TICKS_PER_SECOND * 1000
                    / Math.max(1, s.accepted());
            double db = (cpu[1].postgresTicks() - cpu[0].postgresTicks()) / CpuTime.TICKS_PER_SECOND * 1000
                    / Math.max(1, s.accepted());
            double busy = 100.0 * (cpu[1].machineBusyTicks() - cpu[0].machineBusyTicks())
                    / Math.max(1, cpu[1].machineTotalTicks() - cpu[0].machineTotalTicks());
            // PostgreSQL's figure sums its live processes: a backend that ended between the readings takes its
            // ticks with it, and the figure can even turn negative; it is then not given.
            cpuText = String.format("service_cpu_ms=%.2f\tpostgres_cpu_ms=%s\tmachine_busy=%.0f%%", service,
                    db < 0 ? "n/a" : String.format("%.2f", db), busy);
        }
        System.out.printf("%s (%d clients, %d s after %d s warm-up): %,d answered 2xx, %.0f req/s; p50 %.1f ms,"
                        + " p95 %.1f ms, p99 %.1f ms, max %.1f ms; errors: %s; %s; bytes in all answers %,d%n", name,
                clients, seconds, warmUp, s.accepted(), s.perSecond(), s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs(),
                s.failuresText(), cpuText.replace('\t', ' '), total);
        return String.join("\t", stamp.toString(), label, name, "clients=" + clients, "seconds=" + seconds,
                "ok=" + s.accepted(), String.format("per_s=%.1f", s.perSecond()),
                String.format("p50_ms=%.1f\tp95_ms=%.1f\tp99_ms=%.1f\tmax_ms=%.1f", s.p50Ms(), s.p95Ms(), s.p99Ms(),
                        s.maxMs()), "errors=" + s.failuresText(), cpuText);
    }

    /** Publishes tenders through the API (eight at a time) until the notice board holds {@code wanted}. */
    private static int seed(Platform platform, int wanted) throws Exception {
        int onBoard = (int) get(platform, platform.tenderService + "/api/notices?size=1").path("total").asLong();
        if (onBoard >= wanted) {
            return onBoard;
        }
        String token = platform.token("officer.anna");
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> published = new ArrayList<>();
        for (int i = onBoard; i < wanted; i++) {
            String title = SUBJECTS[i % SUBJECTS.length] + " — " + PLACES[(i / SUBJECTS.length) % PLACES.length]
                    + " " + (i + 1);
            published.add(pool.submit(() -> platform.publishTender(token, title)));
        }
        for (Future<String> f : published) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("Published %d tenders through tender-service's API in %.1f s%n", published.size(),
                (System.nanoTime() - started) / 1e9);
        return (int) get(platform, platform.tenderService + "/api/notices?size=1").path("total").asLong();
    }

    /** The cursor of the feed's last release: the largest {@code since} whose page is not empty, plus one. */
    private static long feedEnd(Platform platform) throws Exception {
        long low = 0;
        long high = 1;
        while (!empty(platform, high)) {
            low = high;
            high *= 2;
        }
        while (high - low > 1) {
            long middle = (low + high) / 2;
            if (empty(platform, middle)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private static boolean empty(Platform platform, long since) throws Exception {
        return get(platform, platform.contractService + "/api/ocds/releases?since=" + since + "&limit=1")
                .path("releases").isEmpty();
    }

    private static JsonNode get(Platform platform, String url) throws Exception {
        return Platform.expect(platform.http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()), 200);
    }
}
