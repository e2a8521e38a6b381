package org.openprocure.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.openprocure.contract.analytics.Process;
import org.openprocure.contract.analytics.ProcessProjection;
import org.openprocure.contract.analytics.ProcessEvent;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventHashing;
import org.openprocure.events.EventJson;
import org.openprocure.support.inbox.EventProcessor;

/**
 * Keeps each process's history, summary and awards from the events, and checks its hash chains on
 * demand.
 */
@ApplicationScoped
public class ProcessHistory {

    /** First key of the per-process advisory locks (two-key locks: apart from the one-key locks elsewhere). */
    public static final int PROCESS_LOCK_CLASS = 0x4f50_5052;

    private final EventProcessor processor;
    private final DataSource dataSource;

    ProcessHistory(EventProcessor processor, DataSource dataSource) {
        this.processor = processor;
        this.dataSource = dataSource;
    }

    /**
     * Adds the record's event, once, to its process's history, folds the history again into the process's
     * rows, and recomputes the buyer, supplier and CPV division rows they name (before and after), all in
     * the inbox's transaction. So the rows are the same whatever order the topics were read in, and the
     * same as the rebuild's. As the rebuild, the fold reads only the events of the types that change rows
     * ({@link ProcessProjection#ROW_TYPES}) and the time of the latest event; an event of another type,
     * once the process has its rows, only moves that time on (and recomputes its buyer's row, which shows it).
     */
    public void record(String record, String topic) {
        processor.process(record, topic, event -> {
            if (event.ocid() != null) {
                ReadModelTables.Keys changed = ReadModelTables.Keys.none();
                apply(event, record, Set.of(), changed);
                refresh(changed);
            }
        });
    }

    /**
     * The processes of a batch of records committed together, locked for its transaction: see
     * {@link #beginBatch}. Also gathers the buyer, supplier and CPV division rows the batch changes, recomputed
     * once at its end ({@link #endBatch}).
     */
    public static final class Batch {
        private final Set<String> locked;
        private final ReadModelTables.Keys changed = ReadModelTables.Keys.none();

        private Batch(Set<String> locked) {
            this.locked = locked;
        }
    }

    /**
     * Begins a batch in the caller's transaction: waits while a rebuild runs, then takes the locks of all these
     * processes at once, in one order (of their lock keys) that every replica follows, so that two replicas' batches
     * that share processes wait for each other instead of deadlocking.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Batch beginBatch(Collection<String> ocids) {
        Set<String> distinct = new HashSet<>(ocids);
        distinct.remove(null);
        try (Connection c = dataSource.getConnection()) {
            lock(c, distinct);
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock the processes of a batch", e);
        }
        return new Batch(distinct);
    }

    /**
     * As {@link #record(String, String)}, in the caller's transaction and with no retry: for a batch of records
     * committed together (the caller applies them one at a time with {@link #record} when the batch fails). The
     * buyer, supplier and CPV division rows are not recomputed here but their keys added to the batch: the caller
     * recomputes them once for the batch, before it commits ({@link #endBatch}).
     *
     * @return whether the record's event was added to its process's history now, this record as its stored envelope
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordInCurrentTransaction(String record, String topic, Batch batch) {
        boolean[] added = {false};
        processor.processInCurrentTransaction(record, topic, event -> {
            if (event.ocid() != null) {
                added[0] = apply(event, record, batch.locked, batch.changed);
            }
        });
        return added[0];
    }

    /** Ends a batch: recomputes the buyer, supplier and CPV division rows it changed, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endBatch(Batch batch) {
        refresh(batch.changed);
    }

    private void refresh(ReadModelTables.Keys keys) {
        try (Connection c = dataSource.getConnection()) {
            ReadModelTables.refresh(c, keys);
        } catch (SQLException e) {
            throw new IllegalStateException("could not recompute the buyer, supplier and CPV division rows", e);
        }
    }

    /**
     * Waits while a rebuild runs (the rebuild then holds the events applied after it, or they are added after), then
     * takes the locks of these processes, in the order of their lock keys, until the transaction ends. One process's
     * events are folded one at a time, whichever replica reads them: two events of a process from different topics
     * may reach two replicas at once.
     */
    private static void lock(Connection c, Collection<String> ocids) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock_shared(?)")) {
            lock.setLong(1, ReadModelTables.REBUILD_LOCK);
            lock.execute();
        }
        if (!ocids.isEmpty()) {
            try (PreparedStatement lock = c.prepareStatement("select count(pg_advisory_xact_lock(?, h)) from"
                    + " (select distinct hashtext(o) as h from unnest(?) as o order by h) as keys")) {
                lock.setInt(1, PROCESS_LOCK_CLASS);
                lock.setArray(2, c.createArrayOf("varchar", ocids.toArray()));
                lock.execute();
            }
        }
    }

    /**
     * Applies the event and adds the keys of the buyer, supplier and CPV division rows it changes to {@code changed},
     * for the caller to recompute. Takes the locks first unless its process is among {@code locked} already.
     *
     * @return whether the event was added to the history now (rather than found there)
     */
    private boolean apply(EventEnvelope event, String record, Set<String> locked, ReadModelTables.Keys changed) {
        try (Connection c = dataSource.getConnection()) {
            if (!locked.contains(event.ocid())) {
                lock(c, List.of(event.ocid()));
            }
            boolean added = ReadModelTables.insertEvent(c, event, record);
            // An event of no row type changes only the process's latest event time (and its buyer's): no fold.
            if (!ProcessProjection.ROW_TYPES.contains(event.type())
                    && ReadModelTables.advanceLastEvent(c, event.ocid(), event.occurredAt(), changed)) {
                return added;
            }
            // The rows from the events of the row types and the latest event's time alone, as the rebuild folds.
            ProcessProjection.Rows rows = ProcessProjection.fold(event.ocid(),
                    ReadModelTables.rowTypeEvents(c, event.ocid()), ReadModelTables.lastEventAt(c, event.ocid()));
            changed.addAll(ReadModelTables.keysOf(c, event.ocid()));
            changed.addAll(ReadModelTables.replace(c, rows));
            return added;
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the read models of " + event.ocid(), e);
        }
    }

    @Transactional
    public Optional<Process> process(String ocid) {
        return Process.findByIdOptional(ocid);
    }

    /** The process's events in the order they happened. */
    @Transactional
    public List<ProcessEvent> timeline(String ocid) {
        return ProcessEvent.<ProcessEvent>list("ocid", ocid).stream()
                .sorted(Comparator.comparing((ProcessEvent e) -> e.occurredAt)
                        .thenComparing(e -> e.aggregateId).thenComparingLong(e -> e.sequence))
                .toList();
    }

    /**
     * The ids of the process's events in the order of {@link #timeline}, up to and including this one; empty when
     * it is not on the process's timeline. Reads no envelope.
     */
    @Transactional
    public List<UUID> timelineUpTo(String ocid, UUID eventId) {
        // Plain JDBC on the transaction's connection: the live consumer asks this for every event.
        List<Object[]> ordered = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "select event_id, occurred_at, aggregate_id, sequence from process_event where ocid = ?")) {
            select.setString(1, ocid);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ordered.add(new Object[] {rows.getObject(1, UUID.class),
                            rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getString(3), rows.getLong(4)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the timeline of " + ocid, e);
        }
        ordered.sort(Comparator.comparing((Object[] e) -> (Instant) e[1]).thenComparing(e -> (String) e[2])
                .thenComparingLong(e -> (Long) e[3]));
        List<UUID> ids = new ArrayList<>();
        for (Object[] e : ordered) {
            ids.add((UUID) e[0]);
            if (e[0].equals(eventId)) {
                return ids;
            }
        }
        return List.of();
    }

    /** The stored envelopes of these events, in the same order. */
    @Transactional
    public List<String> envelopes(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> byId = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "select event_id, envelope from process_event where event_id = any(?)")) {
            select.setArray(1, c.createArrayOf("uuid", eventIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byId.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read stored events", e);
        }
        return eventIds.stream().map(byId::get).toList();
    }

    /**
     * Checks the chain of every aggregate of the process, from its first event. Chains are per
     * producer and aggregate: two services may use the same id for their own aggregates.
     */
    public Optional<EventHashing.ChainBreak> verify(List<ProcessEvent> timeline) {
        Map<String, List<EventEnvelope>> byAggregate = new TreeMap<>();
        for (ProcessEvent e : timeline) {
            byAggregate.computeIfAbsent(e.producer + '/' + e.aggregateId, k -> new ArrayList<>())
                    .add(EventJson.parse(e.envelope));
        }
        for (List<EventEnvelope> chain : byAggregate.values()) {
            chain.sort(Comparator.comparingLong(EventEnvelope::sequence));
            Optional<EventHashing.ChainBreak> broken = EventHashing.verifyChain(chain);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }
}
