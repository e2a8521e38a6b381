package org.openprocure.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.Topics;

/**
 * Event propagation from the broker to contract-service's analytics read model (bench/propagation.sh): valid,
 * chained synthetic events ({@link SyntheticHistory}) of many processes at once, each process's events in the
 * order they happened, sent at a fixed rate (open loop) with a plain KafkaProducer as the services' outbox relays
 * send ({@code acks=all}, idempotent). For each event, the time from just before its send to:
 * <ul>
 * <li><b>read model</b>: the first poll of the contract database that finds it in {@code process_event}, which
 * the live consumer writes in the same transaction as the process, award, bid and buyer/supplier/CPV rows it
 * changes (polled every {@code --poll-ms} for every event sent and not yet seen, by primary key);</li>
 * <li><b>ceiling, the broker alone</b>: a plain KafkaConsumer of this JVM, assigned every partition of the four
 * topics from their end, reading the same events at the same time.</li>
 * </ul>
 * Only events sent inside the measured window count; the latencies are of those seen within the drain time after.
 */
public final class Propagation {

    /** Kafka's clients log their whole configuration at INFO; warnings are enough (held: loggers are weak). */
    private static final java.util.logging.Logger KAFKA_LOG = java.util.logging.Logger.getLogger("org.apache.kafka");

    private Propagation() {
    }

    private record Planned(String topic, String ocid, UUID eventId, String json) {
    }

    public static void main(String[] args) throws Exception {
        KAFKA_LOG.setLevel(java.util.logging.Level.WARNING);
        Map<String, String> options = CompiledReleases.options(args);
        Platform platform = new Platform(Integer.parseInt(options.getOrDefault("--port-offset", "0")));
        int rate = Integer.parseInt(options.getOrDefault("--rate", "500"));
        int warmUp = Integer.parseInt(options.getOrDefault("--warm-up", "15"));
        int seconds = Integer.parseInt(options.getOrDefault("--seconds", "60"));
        int pollMs = Integer.parseInt(options.getOrDefault("--poll-ms", "5"));
        int open = Integer.parseInt(options.getOrDefault("--open-processes", "200"));
        int drain = Integer.parseInt(options.getOrDefault("--drain", "60"));
        String contractPid = options.get("--contract-pid");
        long seed = Long.parseLong(options.getOrDefault("--seed", String.valueOf(System.currentTimeMillis() / 1000)));
        String label = options.getOrDefault("--label", "run");
        Path results = Path.of(options.getOrDefault("--results", "bench/results/propagation.tsv"));
        Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        List<Planned> plan = plan(seed, rate * (warmUp + seconds), open);
        Map<UUID, Integer> index = new HashMap<>(plan.size() * 2);
        for (int i = 0; i < plan.size(); i++) {
            index.put(plan.get(i).eventId(), i);
        }
        long[] sent = new long[plan.size()];
        long[] consumed = new long[plan.size()];
        long[] visible = new long[plan.size()];

        // The broker alone: assigned every partition at its end before the first event is sent.
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka);
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : Topics.ALL) {
            for (PartitionInfo p : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        Running running = new Running();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread broker = new Thread(() -> {
            try (consumer) {
                while (running.on) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                        long at = System.nanoTime();
                        Integer i = index.get(eventId(record.value()));
                        if (i != null && consumed[i] == 0) {
                            consumed[i] = at;
                        }
                    }
                }
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            }
        }, "broker-consumer");
        broker.start();

        // The read model: every event sent and not seen yet, looked up by primary key, every pollMs.
        Map<UUID, Integer> pending = new ConcurrentHashMap<>();
        long[] polls = new long[1];
        Thread readModel = new Thread(() -> {
            try (Connection c = DriverManager.getConnection(platform.contractDatabase, "postgres", "postgres");
                    PreparedStatement select = c.prepareStatement(
                            "select event_id from process_event where event_id = any(?)")) {
                while (running.on || !pending.isEmpty()) {
                    long started = System.nanoTime();
                    if (!pending.isEmpty()) {
                        Array ids = c.createArrayOf("uuid", pending.keySet().toArray());
                        select.setArray(1, ids);
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                Integer i = pending.remove((UUID) rows.getObject(1));
                                if (i != null) {
                                    visible[i] = started;
                                }
                            }
                        }
                        polls[0]++;
                    }
                    long left = pollMs * 1_000_000L - (System.nanoTime() - started);
                    if (left > 0) {
                        Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
                    }
                }
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            }
        }, "read-model-poller");
        readModel.start();

        Properties producerConfig = platform.producerConfig();
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        CpuTime cpuBefore = null;
        long measureFrom = 0;
        long measureTo = 0;
        int behindSchedule = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            if (options.containsKey("--sending-file")) {
                Files.writeString(Path.of(options.get("--sending-file")), stamp + "\n");
            }
            long start = System.nanoTime();
            long period = 1_000_000_000L / rate;
            measureFrom = start + warmUp * 1_000_000_000L;
            measureTo = measureFrom + seconds * 1_000_000_000L;
            for (int i = 0; i < plan.size(); i++) {
                long due = start + i * period;
                long now = System.nanoTime();
                if (due > now) {
                    Thread.sleep((due - now) / 1_000_000L, (int) ((due - now) % 1_000_000L));
                } else if (now - due > 5_000_000L) {
                    behindSchedule++;
                }
                if (cpuBefore == null && due >= measureFrom) {
                    cpuBefore = CpuTime.now(contractPid);
                }
                Planned event = plan.get(i);
                long at = System.nanoTime();
                sent[i] = at;
                pending.put(event.eventId(), i);
                producer.send(new ProducerRecord<>(event.topic(), event.ocid(), event.json()), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
                if (failure.get() != null) {
                    throw failure.get();
                }
            }
            producer.flush();
        }
        long producedUntil = System.nanoTime();
        CpuTime cpuAfter = CpuTime.now(contractPid);
        // Drain: wait until every event is in the read model, or the drain time has passed.
        long drainUntil = System.nanoTime() + drain * 1_000_000_000L;
        while (!pending.isEmpty() && System.nanoTime() < drainUntil && failure.get() == null) {
            Thread.sleep(100);
        }
        int unseen = pending.size();
        running.on = false;
        pending.clear();
        readModel.join();
        broker.join();
        if (failure.get() != null) {
            throw failure.get();
        }

        Latencies toReadModel = new Latencies();
        Latencies toConsumer = new Latencies();
        int inWindow = 0;
        int seenInWindow = 0;
        for (int i = 0; i < plan.size(); i++) {
            if (sent[i] < measureFrom || sent[i] >= measureTo) {
                continue;
            }
            inWindow++;
            if (visible[i] != 0) {
                toReadModel.accepted(Math.max(0, visible[i] - sent[i]));
                if (visible[i] < measureTo) {
                    seenInWindow++;
                }
            } else {
                toReadModel.failed("not-in-read-model");
            }
            if (consumed[i] != 0) {
                toConsumer.accepted(consumed[i] - sent[i]);
            } else {
                toConsumer.failed("not-consumed");
            }
        }
        Latencies.Summary model = Latencies.summarise(List.of(toReadModel), seconds);
        Latencies.Summary ceiling = Latencies.summarise(List.of(toConsumer), seconds);
        double cpuPerEvent = cpuBefore == null ? 0
                : (cpuAfter.bidServiceTicks() - cpuBefore.bidServiceTicks()) / CpuTime.TICKS_PER_SECOND * 1000
                        / Math.max(1, plan.size() * (double) seconds / (warmUp + seconds));
        double pgPerEvent = cpuBefore == null ? 0
                : (cpuAfter.postgresTicks() - cpuBefore.postgresTicks()) / CpuTime.TICKS_PER_SECOND * 1000
                        / Math.max(1, plan.size() * (double) seconds / (warmUp + seconds));
        double busy = cpuBefore == null ? 0 : 100.0 * (cpuAfter.machineBusyTicks() - cpuBefore.machineBusyTicks())
                / Math.max(1, cpuAfter.machineTotalTicks() - cpuBefore.machineTotalTicks());
        double sendSeconds = (producedUntil - measureFrom) / 1e9;
        System.out.printf("Propagation (%s): %,d events of %,d processes planned at %d events/s; %,d sent in the"
                        + " %d s window (%.0f events/s), %d sends more than 5 ms late%n", label, plan.size(),
                plan.stream().map(Planned::ocid).distinct().count(), rate, inWindow, seconds, inWindow / (double) seconds,
                behindSchedule);
        System.out.printf("  read model (process_event, polled every %d ms, %,d polls): %,d seen (%,d within the window,"
                        + " %.0f events/s), %d not within %d s of the end; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                pollMs, polls[0], model.accepted(), seenInWindow, seenInWindow / (double) seconds, unseen, drain,
                model.p50Ms(), model.p95Ms(), model.p99Ms(), model.maxMs());
        System.out.printf("  ceiling, the broker alone (KafkaConsumer): %,d read; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms%n", ceiling.accepted(), ceiling.p50Ms(), ceiling.p95Ms(), ceiling.p99Ms(),
                ceiling.maxMs());
        System.out.printf("  CPU per event during the run: contract-service %.2f ms, PostgreSQL %.2f ms; machine busy"
                + " %.0f%%; load average %s%n", cpuPerEvent, pgPerEvent, busy, IndicatorBench.loadAverage());
        String line = String.join("\t", stamp.toString(), label, "rate=" + rate, "window_s=" + seconds,
                "sent=" + inWindow, String.format("sent_per_s=%.1f", inWindow / (double) seconds),
                "late_sends=" + behindSchedule,
                String.format("read_model_seen=%d\tread_model_per_s=%.1f\tunseen=%d", model.accepted(),
                        seenInWindow / (double) seconds, unseen),
                String.format("read_model_p50_ms=%.1f\tread_model_p95_ms=%.1f\tread_model_p99_ms=%.1f\tread_model_max_ms=%.1f",
                        model.p50Ms(), model.p95Ms(), model.p99Ms(), model.maxMs()),
                String.format("broker_p50_ms=%.1f\tbroker_p95_ms=%.1f\tbroker_p99_ms=%.1f\tbroker_max_ms=%.1f",
                        ceiling.p50Ms(), ceiling.p95Ms(), ceiling.p99Ms(), ceiling.maxMs()),
                "poll_ms=" + pollMs, String.format("contract_cpu_ms=%.2f\tpostgres_cpu_ms=%.2f\tmachine_busy=%.0f%%",
                        cpuPerEvent, pgPerEvent, busy), "seed=" + seed,
                "cores=" + Runtime.getRuntime().availableProcessors(), "loadavg=" + IndicatorBench.loadAverage());
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static final class Running {
        volatile boolean on = true;
    }

    /**
     * The events to send: {@code open} processes at a time, the next event of each in turn, every process's events
     * in the order they occurred (as the producing services publish them); a process that has sent all its events
     * makes room for the next one.
     */
    private static List<Planned> plan(long seed, int events, int open) {
        SyntheticHistory history = new SyntheticHistory(seed, "ocds-prop" + Long.toString(seed % 1_000_000, 36));
        Deque<Deque<Planned>> processes = new ArrayDeque<>();
        List<Planned> plan = new ArrayList<>(events);
        int next = 1;
        while (plan.size() < events) {
            while (processes.size() < open) {
                List<SyntheticHistory.Record> records = history.process(next++);
                List<EventEnvelope> parsed = records.stream().map(r -> EventJson.parse(r.json())).toList();
                Integer[] order = new Integer[records.size()];
                Arrays.setAll(order, i -> i);
                // Stable: a producer's events of the same instant keep their chain order.
                Arrays.sort(order, Comparator.comparing(i -> parsed.get(i).occurredAt()));
                Deque<Planned> process = new ArrayDeque<>();
                for (int i : order) {
                    SyntheticHistory.Record r = records.get(i);
                    process.add(new Planned(r.topic(), r.ocid(), parsed.get(i).eventId(), r.json()));
                }
                processes.add(process);
            }
            Deque<Planned> process = processes.poll();
            plan.add(process.poll());
            if (!process.isEmpty()) {
                processes.add(process);
            }
        }
        return plan;
    }

    /** The envelope's event id, read from its JSON text without parsing the whole of it. */
    private static UUID eventId(String json) {
        int at = json.indexOf("\"eventId\"");
        if (at < 0) {
            return null;
        }
        int start = json.indexOf('"', json.indexOf(':', at) + 1) + 1;
        try {
            return UUID.fromString(json.substring(start, start + 36));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
