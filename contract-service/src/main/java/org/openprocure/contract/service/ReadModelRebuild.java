package org.openprocure.contract.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rebuilds the analytics read models from the topics, from offset zero, with the same projection the
 * live consumer uses, so the result equals what incremental processing built.
 *
 * <p>One transaction: it takes the rebuild lock (the live consumer waits on it) and empties the read
 * model tables, and only then notes where each topic ends, so every event the live consumer applied
 * before is in what is read, and every event after waits and is added once the rebuild commits (the
 * history's insert skips an event already there). The bulk-filled tables lose their indexes for the load and
 * get them back before the aggregates. Events are read with a plain consumer outside any group on a thread of its
 * own, checked on every core and copied in with {@code COPY}: one poll copied while the next is checked and the
 * one after it read; the
 * histories' events of the types that change rows are then read back in process order through a cursor and
 * folded a chunk of processes at a time on every core, with the time of each process's latest event noted
 * during the load standing for the others, the rows copied in. Memory holds three polls' rows, one chunk, the
 * event ids seen and one time per process, whatever the length of the topics. Each phase's time is logged.
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
    /** The tables filled in bulk, whose indexes are dropped for the load and made again after. */
    private static final List<String> BULK_TABLES = List.of("process_event", "process", "award", "process_bid");

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
                List<String> indexes = new ArrayList<>();
                try (Statement statement = c.createStatement()) {
                    statement.execute("select pg_advisory_xact_lock(" + ReadModelTables.REBUILD_LOCK + ")");
                    statement.execute("lock table " + String.join(", ", ReadModelTables.TABLES)
                            + " in access exclusive mode");
                    statement.execute("truncate " + String.join(", ", ReadModelTables.TABLES));
                    // The index builds and the sort of the histories by process keep more in memory.
                    statement.execute("set local maintenance_work_mem = '256MB'");
                    statement.execute("set local work_mem = '64MB'");
                }
                // Emptied and locked: filled without their indexes, which are built once, at the end.
                for (String table : BULK_TABLES) {
                    indexes.addAll(ReadModelTables.dropIndexes(c, table));
                }
                Map<String, Instant> latest = new HashMap<>();
                long events = copyEvents(c, latest);
                long phase = System.nanoTime();
                long processes = foldProcesses(c, latest);
                LOG.infof("rebuild: %d processes folded and their rows copied in %d ms", processes, since(phase));
                phase = System.nanoTime();
                try (Statement statement = c.createStatement()) {
                    for (String sql : indexes) {
                        statement.execute(sql);
                    }
                    // Emptied in this transaction, the tables' statistics would tell the planner they still are.
                    statement.execute("analyze process, award, process_bid");
                }
                LOG.infof("rebuild: %d indexes made again and the rows analysed in %d ms", indexes.size(),
                        since(phase));
                phase = System.nanoTime();
                ReadModelTables.refreshAll(c);
                LOG.infof("rebuild: buyer, supplier and CPV division rows computed in %d ms", since(phase));
                long millis = since(started);
                LOG.infof("rebuilt the analytics read models from %d events of %d processes in %d ms", events,
                        processes, millis);
                return new Result(events, processes, millis);
            } catch (SQLException e) {
                throw new IllegalStateException("the rebuild failed", e);
            }
        });
    }

    private static long since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }

    /**
     * Copies every event on the topics up to their current ends that the live consumer would apply into the
     * histories, poll by poll, noting when each process's latest event occurred; returns how many. The
     * {@code COPY} of one poll runs while the next is checked and the one after it read.
     */
    private long copyEvents(Connection c, Map<String, Instant> latest) throws SQLException {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 << 20,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 << 20,
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1 << 20,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        long started = System.nanoTime();
        long checkNanos = 0;
        long waitNanos = 0;
        long waitPollNanos = 0;
        // The first of an event id wins, in the order read: only the ids are kept across polls.
        UuidSet seen;
        long copied = 0;
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        // Three stages overlap: one thread polls the topics, this one checks a poll on every core, and one
        // copies the poll checked before; nothing else uses the connection meanwhile.
        ExecutorService copier = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "read-model-rebuild-copy");
            thread.setDaemon(true);
            return thread;
        });
        Future<?> copying = CompletableFuture.completedFuture(null);
        Poller poller = null;
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
            // Sized once for every record up to the ends, rather than grown and copied on the way.
            long records = 0;
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                records += end.getValue() - consumer.position(end.getKey());
            }
            seen = UuidSet.forExpected(records);
            // From here on only the poller's thread uses the consumer, until it has finished.
            poller = new Poller(consumer, ends);
            poller.start();
            try {
                while (true) {
                    long phase = System.nanoTime();
                    List<String[]> read = poller.next();
                    waitPollNanos += System.nanoTime() - phase;
                    if (read == null) {
                        break;
                    }
                    phase = System.nanoTime();
                    StringBuilder rows = new StringBuilder();
                    copied += keep(read, seen, latest, rows);
                    checkNanos += System.nanoTime() - phase;
                    phase = System.nanoTime();
                    waitNanos += awaitCopy(copying);
                    copying = copier.submit(() -> {
                        ReadModelTables.copyEventRows(copy, rows);
                        return null;
                    });
                }
                waitNanos += awaitCopy(copying);
            } finally {
                // On a failure too, the consumer is not closed while the poller still uses it.
                poller.finish();
            }
        } finally {
            // On a failure too, the connection is not handed back while a COPY still uses it.
            copier.shutdown();
            try {
                copying.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // reported by awaitCopy, or superseded by the failure that got here
            }
        }
        LOG.infof("rebuild: %d events read, checked and copied in %d ms (polling %d ms beside it, waiting for"
                + " polls %d ms, checking %d ms, waiting for COPY %d ms)", copied, since(started),
                poller.pollNanos / 1_000_000, waitPollNanos / 1_000_000, checkNanos / 1_000_000, waitNanos / 1_000_000);
        return copied;
    }

    /**
     * Reads the topics up to the ends noted, on a thread of its own, a poll ahead of the checks: hands over
     * each poll's records (topic and value) that lie before their partition's end, then {@code null}.
     */
    private static final class Poller extends Thread {

        private static final List<String[]> END = List.of();

        private final KafkaConsumer<String, String> consumer;
        private final Map<TopicPartition, Long> ends;
        private final BlockingQueue<List<String[]>> polls = new ArrayBlockingQueue<>(1);
        private volatile boolean stopped;
        private volatile RuntimeException failure;
        volatile long pollNanos;

        Poller(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
            super("read-model-rebuild-poll");
            setDaemon(true);
            this.consumer = consumer;
            this.ends = ends;
        }

        @Override
        public void run() {
            try {
                long deadline = System.nanoTime() + READ_LIMIT.toNanos();
                while (!ends.isEmpty() && !stopped) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the topics were not read to their ends in " + READ_LIMIT);
                    }
                    long phase = System.nanoTime();
                    ConsumerRecords<String, String> records = consumer.poll(POLL);
                    List<String[]> read = new ArrayList<>(records.count());
                    for (ConsumerRecord<String, String> record : records) {
                        Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
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
                    pollNanos += System.nanoTime() - phase;
                    if (!read.isEmpty()) {
                        polls.put(read);
                    }
                }
            } catch (InterruptedException e) {
                failure = new IllegalStateException("the rebuild's reading was interrupted", e);
            } catch (RuntimeException e) {
                failure = e;
            }
            if (failure == null && !stopped) {
                try {
                    polls.put(END);
                    return;
                } catch (InterruptedException e) {
                    failure = new IllegalStateException("the rebuild's reading was interrupted", e);
                }
            }
            // Failed or stopped: what was not checked yet is of no use, and the end must find room.
            polls.clear();
            polls.offer(END);
        }

        /** The next poll's records, or {@code null} once the ends are reached; a reading failure is thrown. */
        List<String[]> next() {
            List<String[]> read;
            try {
                read = polls.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the rebuild was interrupted", e);
            }
            if (read == END) {
                if (failure != null) {
                    throw failure;
                }
                return null;
            }
            return read;
        }

        /** Stops reading and waits until this thread no longer uses the consumer. */
        void finish() {
            stopped = true;
            polls.clear();
            interrupt();
            try {
                join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until the copy is done; returns the nanoseconds waited. */
    private static long awaitCopy(Future<?> copying) throws SQLException {
        long started = System.nanoTime();
        try {
            copying.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the rebuild was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("the rebuild's COPY failed", e.getCause());
        }
        return System.nanoTime() - started;
    }

    /**
     * Appends to {@code rows} the history rows of the records of one poll that the inbox would apply and
     * whose event ids are new; returns how many.
     */
    private static long keep(List<String[]> read, UuidSet seen, Map<String, Instant> latest, StringBuilder rows) {
        // Parsing and checking hashes is most of the work: on every core, then kept in the order read. Only
        // the row's text is kept of each, not the parsed envelope.
        List<Checked> checked = read.parallelStream()
                .map(r -> accepted(r[1], r[0]).filter(e -> e.ocid() != null)
                        .map(e -> new Checked(e.eventId(), e.ocid(), e.occurredAt(),
                                ReadModelTables.eventRow(e, r[1])))
                        .orElse(null))
                .toList();
        long kept = 0;
        for (Checked event : checked) {
            if (event != null && seen.add(event.eventId())) {
                rows.append(event.row());
                latest.merge(event.ocid(), event.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
                kept++;
            }
        }
        return kept;
    }

    /** What a checked event leaves: its id, process and time, and its row of the histories. */
    private record Checked(UUID eventId, String ocid, Instant occurredAt, String row) {
    }

    /**
     * Folds the histories just copied, process by process: their events of the types that change rows read
     * back in ocid order through a cursor, a chunk of whole processes at a time folded on every core and its
     * rows copied in; then the processes that have none of those, from their latest event's time alone.
     * Returns how many processes.
     */
    private static long foldProcesses(Connection c, Map<String, Instant> latest) throws SQLException {
        long processes = 0;
        List<History> chunk = new ArrayList<>();
        int chunkEvents = 0;
        // autocommit is off in the transaction, so the driver fetches through a cursor, FETCH rows at a time.
        try (PreparedStatement select = c.prepareStatement(
                "select ocid, envelope from process_event where type = any(?) order by ocid")) {
            select.setArray(1, c.createArrayOf("varchar", ProcessProjection.ROW_TYPES.toArray()));
            select.setFetchSize(FETCH);
            try (ResultSet rows = select.executeQuery()) {
                History current = null;
                while (rows.next()) {
                    String ocid = rows.getString(1);
                    if (current == null || !current.ocid().equals(ocid)) {
                        if (chunkEvents >= CHUNK_EVENTS) {
                            processes += fold(c, chunk, latest);
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
        processes += fold(c, chunk, latest);
        // What is left in latest are the processes none of whose events changes more than that time.
        chunk.clear();
        for (String ocid : latest.keySet()) {
            chunk.add(new History(ocid, List.of()));
        }
        return processes + fold(c, chunk, latest);
    }

    /**
     * Folds whole processes on every core (the fold orders each history itself), copies their rows in, and
     * takes them out of {@code latest}.
     */
    private static long fold(Connection c, List<History> chunk, Map<String, Instant> latest) throws SQLException {
        List<ProcessProjection.Rows> rows = chunk.parallelStream()
                .map(h -> ProcessProjection.fold(h.ocid(), h.envelopes().stream().map(EventJson::parse).toList(),
                        latest.get(h.ocid())))
                .toList();
        ReadModelTables.copyRows(c, rows, ReadModelTables.Keys.none());
        chunk.forEach(h -> latest.remove(h.ocid()));
        return rows.size();
    }

    /** One process's stored events of the types that change rows, verbatim. */
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
