package org.openprocure.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The bid rush: many suppliers submitting and then replacing sealed bids on open tenders at once, beside
 * the two ceilings of the same machine in the same run, a bare authenticated endpoint of bid-service
 * ({@code GET /api/me}, same clients, same tokens) and a plain JDBC insert-and-commit of one envelope's
 * size into the same PostgreSQL.
 */
public final class BidRush {

    static final List<String> SUPPLIERS = List.of("supplier.acme", "supplier.borealis", "supplier.zielinski");

    record Settings(int portOffset, int clients, int tendersPerClient, int warmUpSeconds, int measuredSeconds,
            int pdfLines, String label, Path results, String bidServicePid, String jfrPid, Path jfrFile) {

        static Settings parse(String[] args) {
            Map<String, String> options = new HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                options.put(args[i], args[i + 1]);
            }
            return new Settings(Integer.parseInt(options.getOrDefault("--port-offset", "0")),
                    Integer.parseInt(options.getOrDefault("--clients", "64")),
                    Integer.parseInt(options.getOrDefault("--tenders-per-client", "2")),
                    Integer.parseInt(options.getOrDefault("--warm-up", "15")),
                    Integer.parseInt(options.getOrDefault("--seconds", "60")),
                    Integer.parseInt(options.getOrDefault("--pdf-lines", "24")),
                    options.getOrDefault("--label", "run"),
                    Path.of(options.getOrDefault("--results", "bench/results/bid-rush.tsv")),
                    options.get("--bid-service-pid"),
                    options.get("--jfr-pid"),
                    options.containsKey("--jfr-file") ? Path.of(options.get("--jfr-file")) : null);
        }
    }

    private BidRush() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Platform platform = new Platform(settings.portOffset());
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String supplier : SUPPLIERS) {
            tokens.put(supplier, platform.token(supplier));
        }

        // Each client is one supplier organisation working through its own tenders; no two clients share a bid.
        int perOrganisation = (settings.clients() + SUPPLIERS.size() - 1) / SUPPLIERS.size();
        int tenderCount = perOrganisation * settings.tendersPerClient();
        long created = System.nanoTime();
        String officer = platform.token("officer.anna");
        List<String> ocids = new ArrayList<>();
        for (int i = 0; i < tenderCount; i++) {
            ocids.add(platform.publishTender(officer, "Bid rush " + settings.label() + " — road resurfacing " + (i + 1)));
        }
        for (String ocid : ocids) {
            platform.awaitSealingKey(ocid, Duration.ofSeconds(120));
        }
        System.out.printf("%d tenders published and known to bid-service in %.1f s%n", tenderCount,
                (System.nanoTime() - created) / 1e9);

        byte[] pdf = BidPdf.priceSchedule(settings.pdfLines());
        List<BidClient> bidders = new ArrayList<>();
        for (int i = 0; i < settings.clients(); i++) {
            String supplier = SUPPLIERS.get(i % SUPPLIERS.size());
            int slot = i / SUPPLIERS.size();
            List<String> mine = new ArrayList<>();
            for (int k = 0; k < settings.tendersPerClient(); k++) {
                mine.add(ocids.get(slot + k * perOrganisation));
            }
            bidders.add(new BidClient(platform, tokens.get(supplier), mine, pdf));
        }
        System.out.printf("One bid: %d bytes of JSON (2 lots, 1 answer, 1 PDF of %d bytes as base64)%n",
                bidders.get(0).body(new Random(1)).length, pdf.length);

        Instant day = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        DbWaits waits = DbWaits.start(platform.bidDatabase);
        profile(settings);
        AtomicReferenceArray<CpuTime> rushCpu = measureCpu(settings);
        Latencies.Summary rush = LoadPhase.run("bid", bidders, settings.warmUpSeconds(), settings.measuredSeconds());
        Map<String, Integer> waited = waits.stop();
        long submitted = bidders.stream().mapToLong(b -> b.submitted).sum();
        long replaced = bidders.stream().mapToLong(b -> b.replaced).sum();

        int envelopeBytes;
        try (Connection db = connect(platform.bidDatabase);
                PreparedStatement size = db.prepareStatement(
                        "select avg(octet_length(envelope))::int from sealed_bid where ocid = any (?)")) {
            size.setArray(1, db.createArrayOf("varchar", ocids.toArray()));
            try (ResultSet rs = size.executeQuery()) {
                rs.next();
                envelopeBytes = rs.getInt(1);
            }
        }

        List<MeClient> callers = new ArrayList<>();
        for (int i = 0; i < settings.clients(); i++) {
            callers.add(new MeClient(platform, tokens.get(SUPPLIERS.get(i % SUPPLIERS.size()))));
        }
        AtomicReferenceArray<CpuTime> meCpu = measureCpu(settings);
        Latencies.Summary me = LoadPhase.run("me", callers, settings.warmUpSeconds(), settings.measuredSeconds());

        Latencies.Summary jdbc;
        AtomicReferenceArray<CpuTime> jdbcCpu;
        String commitSettings;
        try (Connection admin = connect(platform.bidDatabase); Statement sql = admin.createStatement()) {
            sql.execute("create schema if not exists bench");
            sql.execute("create table if not exists bench.envelope (id uuid primary key, body bytea not null,"
                    + " created_at timestamptz not null)");
            sql.execute("truncate bench.envelope");
            commitSettings = show(sql, "synchronous_commit") + "/" + show(sql, "fsync");
            List<JdbcClient> writers = new ArrayList<>();
            try {
                for (int i = 0; i < settings.clients(); i++) {
                    writers.add(new JdbcClient(connect(platform.bidDatabase), envelopeBytes));
                }
                jdbcCpu = measureCpu(settings);
                jdbc = LoadPhase.run("jdbc", writers, settings.warmUpSeconds(), settings.measuredSeconds());
            } finally {
                for (JdbcClient writer : writers) {
                    writer.db.close();
                }
            }
            sql.execute("drop table bench.envelope");
        }

        System.out.println();
        System.out.printf("Bid rush %s: %d clients, %d tenders, %d s measured after %d s warm-up%n", settings.label(),
                settings.clients(), tenderCount, settings.measuredSeconds(), settings.warmUpSeconds());
        System.out.printf("  accepted: %d submitted, %d replaced (whole run); sealed envelope %d bytes on average%n",
                submitted, replaced, envelopeBytes);
        System.out.printf("  %-28s %9s %8s %8s %8s %8s  %s%n", "phase", "per s", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "not 2xx");
        line("bid rush (POST/PUT bids)", rush);
        line("ceiling: GET /api/me", me);
        line("ceiling: JDBC insert+commit", jdbc);
        String rushCpuText = cpuText(rushCpu, rush.accepted());
        String meCpuText = cpuText(meCpu, me.accepted());
        String jdbcCpuText = cpuText(jdbcCpu, jdbc.accepted());
        System.out.println("  CPU per accepted request in the measured window: rush " + rushCpuText + "; /api/me "
                + meCpuText + "; JDBC " + jdbcCpuText);
        System.out.println("  bid database sessions during the rush (samples of pg_stat_activity): " + waited);
        System.out.println("  PostgreSQL synchronous_commit/fsync: " + commitSettings);

        Files.createDirectories(settings.results().toAbsolutePath().getParent());
        StringBuilder tsv = new StringBuilder();
        tsv.append(tsv(day, settings, "bid-rush", rush, "envelope_bytes=" + envelopeBytes + " submitted="
                + submitted + " replaced=" + replaced + " tenders=" + tenderCount + " " + rushCpuText + " db_sessions=" + waited));
        tsv.append(tsv(day, settings, "me", me, meCpuText));
        tsv.append(tsv(day, settings, "jdbc", jdbc, "row_bytes=" + envelopeBytes + " synchronous_commit/fsync="
                + commitSettings + " " + jdbcCpuText));
        Files.writeString(settings.results(), tsv, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void line(String name, Latencies.Summary s) {
        System.out.printf("  %-28s %9.1f %8.1f %8.1f %8.1f %8.1f  %s%n", name, s.perSecond(), s.p50Ms(), s.p95Ms(),
                s.p99Ms(), s.maxMs(), s.failuresText());
    }

    private static String tsv(Instant day, Settings settings, String phase, Latencies.Summary s, String notes) {
        return String.join("\t", day.toString(), settings.label(), phase, "clients=" + settings.clients(),
                "seconds=" + settings.measuredSeconds(), "ok=" + s.accepted(), String.format("per_s=%.1f", s.perSecond()),
                String.format("p50_ms=%.1f", s.p50Ms()), String.format("p95_ms=%.1f", s.p95Ms()),
                String.format("p99_ms=%.1f", s.p99Ms()), String.format("max_ms=%.1f", s.maxMs()),
                "errors=" + s.failuresText(), "cores=" + Runtime.getRuntime().availableProcessors(), notes) + "\n";
    }

    /** Readings of CPU time at the start and at the end of the measured window, taken as the phase runs. */
    private static AtomicReferenceArray<CpuTime> measureCpu(Settings settings) {
        AtomicReferenceArray<CpuTime> readings = new AtomicReferenceArray<>(2);
        Thread meter = new Thread(() -> {
            try {
                Thread.sleep(settings.warmUpSeconds() * 1000L);
                readings.set(0, CpuTime.now(settings.bidServicePid()));
                Thread.sleep(settings.measuredSeconds() * 1000L);
                readings.set(1, CpuTime.now(settings.bidServicePid()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cpu-meter");
        meter.setDaemon(true);
        meter.start();
        return readings;
    }

    private static String cpuText(AtomicReferenceArray<CpuTime> readings, int accepted) throws InterruptedException {
        for (int i = 0; i < 100 && readings.get(1) == null; i++) {
            Thread.sleep(100);
        }
        return readings.get(1) == null ? "cpu=unknown" : readings.get(1).since(readings.get(0), accepted);
    }

    /** With --jfr-pid, a flight recording of bid-service over the rush (warm-up and measured window). */
    private static void profile(Settings settings) throws IOException, InterruptedException {
        if (settings.jfrPid() == null) {
            return;
        }
        Process jcmd = new ProcessBuilder("jcmd", settings.jfrPid(), "JFR.start", "name=bid-rush", "settings=profile",
                "duration=" + (settings.warmUpSeconds() + settings.measuredSeconds()) + "s",
                "filename=" + settings.jfrFile().toAbsolutePath()).inheritIO().start();
        jcmd.waitFor(30, TimeUnit.SECONDS);
    }

    private static String show(Statement sql, String setting) throws SQLException {
        try (ResultSet rs = sql.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static Connection connect(String url) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("password", "postgres");
        return DriverManager.getConnection(url, login);
    }

    /** A supplier organisation bidding on its tenders in turn: the first bid on each is submitted, later ones replace it. */
    static final class BidClient implements LoadPhase.Client {

        private final Platform platform;
        private final String token;
        private final List<String> ocids;
        private final Map<String, String> bidIds = new HashMap<>();
        private final byte[] before;
        private final byte[] after;
        private final Random random = new Random();
        private int turn;
        long submitted;
        long replaced;

        BidClient(Platform platform, String token, List<String> ocids, byte[] pdf) {
            this.platform = platform;
            this.token = token;
            this.ocids = ocids;
            String document = Base64.getEncoder().encodeToString(pdf);
            before = "{\"lots\":[{\"lotId\":\"lot-1\",\"price\":{\"amount\":".getBytes(StandardCharsets.UTF_8);
            after = (",\"currency\":\"EUR\"}},{\"lotId\":\"lot-2\",\"price\":{\"amount\":24310.00,\"currency\":\"EUR\"}}],"
                    + "\"answers\":[{\"criterion\":\"Technical approach and traffic management\",\"text\":\"Night work"
                    + " in two shifts with one lane open at all times; milling and laying by the same crew.\"}],"
                    + "\"documents\":[{\"title\":\"Price schedule\",\"fileName\":\"price-schedule.pdf\",\"content\":\""
                    + document + "\"}]}").getBytes(StandardCharsets.UTF_8);
        }

        /** The bid's body: the price of lot 1 changes with every version, as it would in a rush. */
        byte[] body(Random random) {
            byte[] price = String.format("%d.%02d", 95000 + random.nextInt(5000), random.nextInt(100))
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] body = new byte[before.length + price.length + after.length];
            System.arraycopy(before, 0, body, 0, before.length);
            System.arraycopy(price, 0, body, before.length, price.length);
            System.arraycopy(after, 0, body, before.length + price.length, after.length);
            return body;
        }

        @Override
        public String next() throws Exception {
            String ocid = ocids.get(turn++ % ocids.size());
            String bidId = bidIds.get(ocid);
            String path = platform.bidService + "/api/tenders/" + ocid + "/bids" + (bidId == null ? "" : "/" + bidId);
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofByteArray(body(random));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString());
            HttpResponse<String> response = platform.http.send(bidId == null ? request.POST(body).build()
                    : request.PUT(body).build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (bidId == null && status == 201) {
                JsonNode receipt = Platform.JSON.readTree(response.body());
                bidIds.put(ocid, receipt.get("bidId").asText());
                submitted++;
            } else if (status == 200) {
                replaced++;
            }
            return String.valueOf(status);
        }
    }

    /** The bare authenticated endpoint: the token checked, the caller described, nothing stored. */
    static final class MeClient implements LoadPhase.Client {

        private final Platform platform;
        private final HttpRequest request;

        MeClient(Platform platform, String token) {
            this.platform = platform;
            request = HttpRequest.newBuilder(URI.create(platform.bidService + "/api/me")).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).GET().build();
        }

        @Override
        public String next() throws Exception {
            return String.valueOf(platform.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    /** One row of an envelope's size per transaction, on a connection of its own. */
    static final class JdbcClient implements LoadPhase.Client {

        final Connection db;
        private final PreparedStatement insert;
        private final byte[] row;

        JdbcClient(Connection db, int bytes) throws SQLException {
            this.db = db;
            db.setAutoCommit(false);
            insert = db.prepareStatement("insert into bench.envelope (id, body, created_at) values (?, ?, now())");
            row = new byte[bytes];
            // Ciphertext does not compress; neither do random bytes.
            ThreadLocalRandom.current().nextBytes(row);
        }

        @Override
        public String next() throws SQLException {
            insert.setObject(1, UUID.randomUUID());
            insert.setBytes(2, row);
            insert.executeUpdate();
            db.commit();
            return "200";
        }
    }

    /** Samples what the bid database's sessions are doing, ten times a second, while the rush runs. */
    static final class DbWaits {

        private final Map<String, Integer> counts = new TreeMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private Thread thread;

        static DbWaits start(String url) {
            DbWaits waits = new DbWaits();
            waits.thread = new Thread(() -> waits.sample(url), "db-waits");
            waits.thread.setDaemon(true);
            waits.thread.start();
            return waits;
        }

        private void sample(String url) {
            try (Connection db = connect(url); Statement sql = db.createStatement()) {
                while (running.get()) {
                    try (ResultSet rs = sql.executeQuery("select state, wait_event_type, wait_event from pg_stat_activity"
                            + " where datname = 'bid' and pid <> pg_backend_pid() and state <> 'idle'")) {
                        while (rs.next()) {
                            String what = rs.getString(1) + (rs.getString(2) == null ? "" : ":" + rs.getString(2)
                                    + ":" + rs.getString(3));
                            synchronized (counts) {
                                counts.merge(what, 1, Integer::sum);
                            }
                        }
                    }
                    Thread.sleep(100);
                }
            } catch (SQLException | InterruptedException e) {
                System.err.println("pg_stat_activity sampling stopped: " + e);
            }
        }

        Map<String, Integer> stop() throws InterruptedException {
            running.set(false);
            thread.join();
            synchronized (counts) {
                return new TreeMap<>(counts);
            }
        }
    }
}
