package org.openprocure.contract.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * group and copied in with {@code COPY} poll by poll; the histories are then read back in process order
 * through a cursor and folded a chunk of processes at a time on every core, the rows copied in. Memory holds
 * one poll, one chunk and the event ids seen, whatever the length of the topics.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_LIMIT = Duration.ofMinutes(30);
    /** Rows the cursor over the histories fetches at a time. */
    private static final int FETCH = 2_000;
    /** Events of whole processes folded together; a process larger than this is a chunk of its own. */
    private static final int CHUNK_EVENTS = 20_000;

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
                long events = copyEvents(c);
                long processes = foldProcesses(c);
                ReadModelTables.refreshAll(c);
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                LOG.infof("rebuilt the analytics read models from %d events of %d processes in %d ms", events,
                        processes, millis);
                return new Result(events, processes, millis);
            } catch (SQLException e) {
                throw new IllegalStateException("the rebuild failed", e);
            }
        });
    }

    /**
     * Copies every event on the topics up to their current ends that the live consumer would apply into the
     * histories, poll by poll; returns how many.
     */
    private long copyEvents(Connection c) throws SQLException {
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
        // The first of an event id wins, in the order read: only the ids are kept across polls.
        Set<UUID> seen = new HashSet<>();
        long copied = 0;
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
                List<String[]> read = new ArrayList<>(records.count());
                for (ConsumerRecord<String, String> record : records) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long end = ends.get(partition);
                    if (end == null || record.offset() >= end) {
                        continue;
                    }
                    read.add(new String[] {record.topic(), record.value()});
                }
                copied += copyAccepted(c, read, seen);
                for (TopicPartition partition : new ArrayList<>(ends.keySet())) {
                    if (consumer.position(partition) >= ends.get(partition)) {
                        ends.remove(partition);
                        consumer.pause(List.of(partition));
                    }
                }
            }
        }
        return copied;
    }

    /** Copies the records of one poll that the inbox would apply and whose event ids are new; returns how many. */
    private static long copyAccepted(Connection c, List<String[]> read, Set<UUID> seen) throws SQLException {
        // Parsing and checking hashes is most of the work: on every core, then kept in the order read.
        List<Optional<EventEnvelope>> checked = read.parallelStream().map(r -> accepted(r[1], r[0])).toList();
        List<ReadModelTables.StoredEvent> kept = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            String record = read.get(i)[1];
            checked.get(i).filter(e -> e.ocid() != null && seen.add(e.eventId()))
                    .ifPresent(e -> kept.add(new ReadModelTables.StoredEvent(e, record)));
        }
        ReadModelTables.copyEvents(c, kept);
        return kept.size();
    }

    /**
     * Folds the histories just copied, process by process: read back in ocid order through a cursor, a chunk
     * of whole processes at a time folded on every core and its rows copied in; returns how many processes.
     */
    private static long foldProcesses(Connection c) throws SQLException {
        long processes = 0;
        List<History> chunk = new ArrayList<>();
        int chunkEvents = 0;
        // autocommit is off in the transaction, so the driver fetches through a cursor, FETCH rows at a time.
        try (PreparedStatement select = c.prepareStatement("select ocid, envelope from process_event order by ocid")) {
            select.setFetchSize(FETCH);
            try (ResultSet rows = select.executeQuery()) {
                History current = null;
                while (rows.next()) {
                    String ocid = rows.getString(1);
                    if (current == null || !current.ocid().equals(ocid)) {
                        if (chunkEvents >= CHUNK_EVENTS) {
                            processes += fold(c, chunk);
                            chunk.clear();
                            chunkEvents = 0;
                        }
                        current = new History(ocid, new ArrayList<>());
                        chunk.add(current);
                    }
                    current.envelopes().add(rows.getString(2));
                    chunkEvents++;
                }
            }
        }
        return processes + fold(c, chunk);
    }

    /** Folds whole processes on every core (the fold orders each history itself) and copies their rows in. */
    private static long fold(Connection c, List<History> chunk) throws SQLException {
        List<ProcessProjection.Rows> rows = chunk.parallelStream()
                .map(h -> ProcessProjection.fold(h.ocid(), h.envelopes().stream().map(EventJson::parse).toList()))
                .toList();
        ReadModelTables.copyRows(c, rows, ReadModelTables.Keys.none());
        return rows.size();
    }

    /** One process's stored events, verbatim. */
    private record History(String ocid, List<String> envelopes) {
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
