package org.openprocure.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventHashing;
import org.openprocure.events.EventJson;
import org.openprocure.events.Topics;
import org.postgresql.PGConnection;

/**
 * The steps of bench/rebuild.sh, one per command:
 * <ul>
 * <li>{@code produce}: writes the synthetic histories ({@link SyntheticHistory}) into the four topics, key =
 * ocid, with a plain KafkaProducer, until the number of events asked for;</li>
 * <li>{@code catch-up}: waits until contract-service's consumer group has committed the end of every
 * partition, and reports how fast it went;</li>
 * <li>{@code rebuild}: {@code POST /api/analytics/rebuild} as an auditor, and the events per second it
 * answers;</li>
 * <li>{@code ceilings}: a plain KafkaConsumer reading the same topics from offset zero (bytes only, then
 * with each envelope parsed), and PostgreSQL COPY of the same rows as the process history keeps into a
 * scratch table shaped like it.</li>
 * </ul>
 */
public final class RebuildBench {

    static final String GROUP = "contract-service-analytics";

    /** Kafka's clients log their whole configuration at INFO; warnings are enough here (held: loggers are weak). */
    private static final java.util.logging.Logger KAFKA_LOG = java.util.logging.Logger.getLogger("org.apache.kafka");

    /** Set by catch-up when the timeout passed first: the command then exits with status 4. */
    private static boolean behind;

    private RebuildBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: RebuildBench produce|catch-up|rebuild|ceilings [--option value]...");
        }
        KAFKA_LOG.setLevel(java.util.logging.Level.WARNING);
        Map<String, String> options = CompiledReleases.options(java.util.Arrays.copyOfRange(args, 1, args.length));
        Platform platform = new Platform(Integer.parseInt(options.getOrDefault("--port-offset", "0")));
        String label = options.getOrDefault("--label", "run");
        Path results = Path.of(options.getOrDefault("--results", "bench/results/rebuild.tsv"));
        Instant day = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String line = switch (args[0]) {
            case "produce" -> produce(platform, Long.parseLong(options.getOrDefault("--events", "1000000")),
                    Long.parseLong(options.getOrDefault("--seed", "7")), options.getOrDefault("--prefix", "ocds-bench1"));
            case "catch-up" -> catchUp(platform, Duration.ofSeconds(Long.parseLong(options.getOrDefault("--timeout", "7200"))),
                    options.getOrDefault("--group", GROUP));
            case "rebuild" -> rebuild(platform);
            case "ceilings" -> ceilings(platform, Path.of(options.getOrDefault("--work-dir", "/tmp")));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, String.join("\t", day.toString(), label, args[0], line,
                "cores=" + Runtime.getRuntime().availableProcessors(), "loadavg=" + IndicatorBench.loadAverage()) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (behind) {
            System.exit(4);
        }
    }

    private static String produce(Platform platform, long events, long seed, String prefix) throws Exception {
        // As the services' relays publish. Larger batches and lz4, since this is a bulk load.
        Properties config = platform.producerConfig();
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(128L * 1024 * 1024));
        String settings = "acks=all idempotence=true linger.ms=20 batch.size=262144 compression=lz4";

        SyntheticHistory history = new SyntheticHistory(seed, prefix);
        Map<String, Long> perTopic = new TreeMap<>();
        Map<String, Long> perType = new TreeMap<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicLong acknowledged = new AtomicLong();
        long bytes = 0;
        long sent = 0;
        int processes = 0;
        long generateNanos = 0;
        long started = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            while (sent < events) {
                long before = System.nanoTime();
                List<SyntheticHistory.Record> records = history.process(++processes);
                if (processes <= 50) {
                    check(records);
                }
                generateNanos += System.nanoTime() - before;
                for (SyntheticHistory.Record record : records) {
                    if (sent == events) {
                        break;
                    }
                    producer.send(new ProducerRecord<>(record.topic(), record.ocid(), record.json()), (metadata, e) -> {
                        if (e != null) {
                            failure.compareAndSet(null, e);
                        } else {
                            acknowledged.incrementAndGet();
                        }
                    });
                    sent++;
                    bytes += record.json().length();
                    perTopic.merge(record.topic(), 1L, Long::sum);
                    perType.merge(record.type(), 1L, Long::sum);
                }
                if (failure.get() != null) {
                    throw failure.get();
                }
                if (processes % 2500 == 0) {
                    System.out.printf("  %,d processes, %,d events sent, %.0f s%n", processes, sent,
                            (System.nanoTime() - started) / 1e9);
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Produced %,d events of %,d processes (%.0f MB of JSON) in %.1f s: %.0f events/s"
                        + " (generating and sealing them took %.1f s of it); %s%n", acknowledged.get(), processes,
                bytes / 1e6, seconds, acknowledged.get() / seconds, generateNanos / 1e9, settings);
        System.out.println("  per topic: " + perTopic);
        System.out.println("  per type: " + perType);
        return String.format("events=%d\tprocesses=%d\tseconds=%.1f\tper_s=%.0f\tjson_bytes=%d\tgenerate_s=%.1f\t%s\t"
                        + "per_topic=%s", acknowledged.get(), processes, seconds, acknowledged.get() / seconds, bytes,
                generateNanos / 1e9, settings, perTopic.toString().replace(" ", ""));
    }

    /** Reads back the first processes' events as a consumer would and checks every chain. */
    private static void check(List<SyntheticHistory.Record> records) {
        Map<String, List<EventEnvelope>> chains = new HashMap<>();
        for (SyntheticHistory.Record record : records) {
            EventEnvelope event = EventJson.parse(record.json());
            chains.computeIfAbsent(event.producer() + "/" + event.aggregateId(), k -> new ArrayList<>()).add(event);
        }
        chains.forEach((aggregate, chain) -> EventHashing.verifyChain(chain).ifPresent(broken -> {
            throw new IllegalStateException("generated chain " + aggregate + " breaks: " + broken);
        }));
    }

    private static Admin admin(Platform platform) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka));
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(Topics.ALL).allTopicNames().get().forEach((topic, description) ->
                description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private static long lag(Admin admin, Map<TopicPartition, Long> ends, String group)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata offset = committed.get(end.getKey());
            if (offset == null && !group.equals(GROUP)) {
                continue; // another service's group reads only some topics: those it has committed offsets of
            }
            lag += end.getValue() - (offset == null ? 0 : offset.offset());
        }
        return lag;
    }

    /**
     * The live consumer has caught up when its group's committed offsets reach the end of every partition
     * (it commits every few seconds, so the time is accurate to those seconds).
     */
    private static String catchUp(Platform platform, Duration timeout, String group) throws Exception {
        try (Admin admin = admin(platform)) {
            Map<TopicPartition, Long> ends = endOffsets(admin);
            long total = ends.values().stream().mapToLong(Long::longValue).sum();
            long started = System.nanoTime();
            long first = lag(admin, ends, group);
            long lag = first;
            long lastReport = started;
            while (lag > 0 && System.nanoTime() - started < timeout.toNanos()) {
                Thread.sleep(2000);
                lag = lag(admin, ends, group);
                if (System.nanoTime() - lastReport > 60e9) {
                    lastReport = System.nanoTime();
                    System.out.printf("  live consumer: %,d events behind, %.0f events/s so far%n", lag,
                            (first - lag) / ((System.nanoTime() - started) / 1e9));
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            behind = lag > 0;
            System.out.printf("Live consumer (group %s): %,d of %,d events still to read at the start, %,d after"
                    + " %.0f s: %.0f events/s%n", group, first, total, lag, seconds, (first - lag) / seconds);
            return String.format("events_total=%d\tbehind_at_start=%d\tbehind_at_end=%d\tseconds=%.0f\tper_s=%.0f",
                    total, first, lag, seconds, (first - lag) / seconds);
        }
    }

    private static String rebuild(Platform platform) throws Exception {
        String token = platform.token("auditor.farah");
        long started = System.nanoTime();
        HttpResponse<String> response = platform.http.send(HttpRequest.newBuilder(
                        URI.create(platform.contractService + "/api/analytics/rebuild"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofHours(3))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        double wall = (System.nanoTime() - started) / 1e9;
        if (response.statusCode() == 404) {
            System.err.println("POST " + platform.contractService + "/api/analytics/rebuild answered 404: this"
                    + " contract-service has no rebuild endpoint. Package a contract-service that has it and start again.");
            System.exit(3);
        }
        JsonNode answer = Platform.expect(response, 200);
        long events = answer.path("events").asLong();
        long millis = answer.path("millis").asLong();
        double perSecond = events / (millis / 1000.0);
        System.out.printf("Rebuild: %,d events of %,d processes in %,d ms: %.0f events/s (%.1f s as seen by the client;"
                        + " then %,d red flags recomputed in %,d ms)%n",
                events, answer.path("processes").asLong(), millis, perSecond, wall, answer.path("redFlags").asLong(),
                answer.path("redFlagsMillis").asLong());
        return String.format("events=%d\tprocesses=%d\tmillis=%d\tper_s=%.0f\tclient_s=%.1f\tred_flags=%d"
                        + "\tred_flags_millis=%d", events, answer.path("processes").asLong(), millis, perSecond, wall,
                answer.path("redFlags").asLong(), answer.path("redFlagsMillis").asLong());
    }

    private static String ceilings(Platform platform, Path workDir) throws Exception {
        Map<TopicPartition, Long> ends;
        try (Admin admin = admin(platform)) {
            ends = endOffsets(admin);
        }
        long total = ends.values().stream().mapToLong(Long::longValue).sum();

        // 1. Bytes only.
        long[] raw = read(platform, ends, (record, sink) -> sink[1] += record.value().length);
        System.out.printf("Ceiling, Kafka read (plain KafkaConsumer, bytes only): %,d events, %.0f MB in %.1f s: %.0f events/s%n",
                raw[0], raw[1] / 1e6, raw[2] / 1e9, raw[0] / (raw[2] / 1e9));

        // 2. Each envelope parsed as a consumer must, and written out as the process history's row (CSV for COPY).
        Path csv = workDir.resolve("rebuild-ceiling-process-event.csv");
        long[] parsed;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            parsed = read(platform, ends, (record, sink) -> {
                String json = new String(record.value(), StandardCharsets.UTF_8);
                EventEnvelope event = EventJson.parse(json);
                sink[1] += json.length();
                if (event.ocid() == null) {
                    return;
                }
                try {
                    out.write(event.eventId() + "," + csv(event.ocid()) + "," + csv(event.aggregateId()) + ","
                            + event.sequence() + "," + csv(event.type()) + "," + csv(event.producer()) + ","
                            + EventJson.INSTANT_FORMAT.format(event.occurredAt()) + "," + event.hash() + ","
                            + (event.prevHash() == null ? "" : event.prevHash()) + "," + csv(json) + "\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        System.out.printf("Ceiling, Kafka read + EventJson.parse of every envelope: %,d events in %.1f s: %.0f events/s%n",
                parsed[0], parsed[2] / 1e9, parsed[0] / (parsed[2] / 1e9));

        // 3. COPY of those rows into a scratch table shaped like process_event (same primary key and index).
        long rows;
        long copyNanos;
        try (Connection db = BidRush.connect(platform.contractDatabase); Statement sql = db.createStatement()) {
            sql.execute("create schema if not exists bench");
            sql.execute("drop table if exists bench.process_event");
            sql.execute("create table bench.process_event (like public.process_event including all)");
            long started = System.nanoTime();
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                rows = db.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench.process_event from stdin with (format csv)", in);
            }
            copyNanos = System.nanoTime() - started;
            sql.execute("drop table bench.process_event");
        } finally {
            Files.deleteIfExists(csv);
        }
        System.out.printf("Ceiling, PostgreSQL COPY into a table like process_event (primary key + timeline index):"
                + " %,d rows in %.1f s: %.0f rows/s%n", rows, copyNanos / 1e9, rows / (copyNanos / 1e9));
        return String.format("events_total=%d\tkafka_read_per_s=%.0f\tkafka_read_mb=%.0f\tkafka_read_s=%.1f\t"
                        + "kafka_read_parse_per_s=%.0f\tkafka_read_parse_s=%.1f\tcopy_rows=%d\tcopy_per_s=%.0f\tcopy_s=%.1f",
                total, raw[0] / (raw[2] / 1e9), raw[1] / 1e6, raw[2] / 1e9, parsed[0] / (parsed[2] / 1e9),
                parsed[2] / 1e9, rows, rows / (copyNanos / 1e9), copyNanos / 1e9);
    }

    private static String csv(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private interface Sink {
        void accept(ConsumerRecord<byte[], byte[]> record, long[] sink);
    }

    /** Reads every partition from offset zero to the given ends; returns {records, bytes, nanos}. */
    private static long[] read(Platform platform, Map<TopicPartition, Long> ends, Sink sink) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024));
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024));
        long[] counts = new long[3];
        long started = System.nanoTime();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>(ends.keySet());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> remaining = new HashMap<>(ends);
            remaining.values().removeIf(end -> end == 0);
            while (!remaining.isEmpty()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofSeconds(5));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long end = remaining.get(partition);
                    if (end == null || record.offset() >= end) {
                        continue;
                    }
                    counts[0]++;
                    sink.accept(record, counts);
                    if (record.offset() + 1 >= end) {
                        remaining.remove(partition);
                    }
                }
            }
        }
        counts[2] = System.nanoTime() - started;
        return counts;
    }
}
