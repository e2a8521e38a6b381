package org.openprocure.contract.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openprocure.contract.analytics.ProcessProjection;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventType;
import org.openprocure.events.EventTypes;
import org.openprocure.events.MalformedEventException;
import org.openprocure.events.Topics;

/**
 * Rebuilds the analytics read models from the topics, from offset zero, with the same projection the
 * live consumer uses, so the result equals what incremental processing built.
 *
 * <p>One transaction: it takes the rebuild lock (the live consumer waits on it) and empties the read
 * model tables, and only then notes where each topic ends, so every event the live consumer applied
 * before is in what is read, and every event after waits and is added once the rebuild commits (the
 * history's insert skips an event already there). Events are read with a plain consumer outside any
 * group, grouped by process, copied in with {@code COPY}, folded on every core, and the rows copied in.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_LIMIT = Duration.ofMinutes(30);

    /** What a rebuild did. */
    public record Result(long events, long processes, long millis) {
    }

    private final DataSource dataSource;
    private final String bootstrapServers;

    ReadModelRebuild(DataSource dataSource,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
    }

    public Result rebuild() {
        long started = System.nanoTime();
        return QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (Statement statement = c.createStatement()) {
                    statement.execute("select pg_advisory_xact_lock(" + ReadModelTables.REBUILD_LOCK + ")");
                    statement.execute("lock table " + String.join(", ", ReadModelTables.TABLES)
                            + " in access exclusive mode");
                    statement.execute("truncate " + String.join(", ", ReadModelTables.TABLES));
                }
                Map<String, List<ReadModelTables.StoredEvent>> byProcess = read();
                List<ReadModelTables.StoredEvent> all = new ArrayList<>();
                byProcess.values().forEach(all::addAll);
                ReadModelTables.copyEvents(c, all);
                List<ProcessProjection.Rows> rows = byProcess.entrySet().parallelStream()
                        .map(e -> ProcessProjection.fold(e.getKey(),
                                e.getValue().stream().map(ReadModelTables.StoredEvent::event).toList()))
                        .toList();
                ReadModelTables.copyRows(c, rows, ReadModelTables.Keys.none());
                ReadModelTables.refreshAll(c);
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                LOG.infof("rebuilt the analytics read models from %d events of %d processes in %d ms", all.size(),
                        rows.size(), millis);
                return new Result(all.size(), rows.size(), millis);
            } catch (SQLException e) {
                throw new IllegalStateException("the rebuild failed", e);
            }
        });
    }

    /** Every event on the topics up to their current ends that the live consumer would apply, by process. */
    private Map<String, List<ReadModelTables.StoredEvent>> read() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 << 20,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 << 20,
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1 << 20,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        List<String[]> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : Topics.ALL) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos != null) {
                    infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
                }
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            consumer.seekToBeginning(partitions);
            ends.entrySet().removeIf(e -> consumer.position(e.getKey(), Duration.ofSeconds(30)) >= e.getValue());
            long deadline = System.nanoTime() + READ_LIMIT.toNanos();
            while (!ends.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the topics were not read to their ends in " + READ_LIMIT);
                }
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                for (ConsumerRecord<String, String> record : records) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long end = ends.get(partition);
                    if (end == null || record.offset() >= end) {
                        continue;
                    }
                    read.add(new String[] {record.topic(), record.value()});
                }
                for (TopicPartition partition : new ArrayList<>(ends.keySet())) {
                    if (consumer.position(partition) >= ends.get(partition)) {
                        ends.remove(partition);
                        consumer.pause(List.of(partition));
                    }
                }
            }
        }
        // Parsing and checking hashes is most of the work: on every core, then kept in the order read.
        List<Optional<EventEnvelope>> checked = read.parallelStream().map(r -> accepted(r[1], r[0])).toList();
        Map<String, List<ReadModelTables.StoredEvent>> byProcess = new HashMap<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < read.size(); i++) {
            String record = read.get(i)[1];
            checked.get(i).filter(e -> e.ocid() != null && seen.add(e.eventId()))
                    .ifPresent(e -> byProcess.computeIfAbsent(e.ocid(), k -> new ArrayList<>())
                            .add(new ReadModelTables.StoredEvent(e, record)));
        }
        return byProcess;
    }

    /** The event, when the live consumer's inbox would apply it (as {@code EventInbox} checks). */
    static Optional<EventEnvelope> accepted(String record, String topic) {
        if (record == null) {
            return Optional.empty();
        }
        EventEnvelope event;
        try {
            event = EventJson.parse(record);
        } catch (MalformedEventException e) {
            return Optional.empty();
        }
        Optional<EventType<?>> type = EventTypes.byName(event.type());
        if (type.isEmpty() || type.get().schemaVersion() != event.schemaVersion()
                || !type.get().topic().equals(topic) || !event.hashIsValid()) {
            return Optional.empty();
        }
        try {
            event.payloadAs(type.get());
        } catch (MalformedEventException e) {
            return Optional.empty();
        }
        return Optional.of(event);
    }
}
