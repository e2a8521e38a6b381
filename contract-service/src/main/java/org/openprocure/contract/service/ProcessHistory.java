package org.openprocure.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
     * Adds the record's event, once, to its process's history, folds the whole history again into the
     * process's rows, and recomputes the buyer, supplier and CPV division rows they name (before and
     * after), all in the inbox's transaction. So the rows are the same whatever order the topics were
     * read in, and the same as the rebuild's.
     */
    public void record(String record, String topic) {
        processor.process(record, topic, event -> {
            if (event.ocid() != null) {
                apply(event, record);
            }
        });
    }

    private void apply(EventEnvelope event, String record) {
        try (Connection c = dataSource.getConnection()) {
            // Waits while a rebuild runs; the rebuild then holds this event or it is added after.
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock_shared(?)")) {
                lock.setLong(1, ReadModelTables.REBUILD_LOCK);
                lock.execute();
            }
            // One process's events are folded one at a time, whichever replica reads them: two events of a process
            // from different topics may reach two replicas at once.
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
                lock.setInt(1, PROCESS_LOCK_CLASS);
                lock.setString(2, event.ocid());
                lock.execute();
            }
            ReadModelTables.insertEvent(c, event, record);
            ProcessProjection.Rows rows = ProcessProjection.fold(event.ocid(), ReadModelTables.events(c, event.ocid()));
            ReadModelTables.Keys keys = ReadModelTables.keysOf(c, event.ocid());
            ReadModelTables.Keys now = ReadModelTables.replace(c, rows);
            keys.buyers().addAll(now.buyers());
            keys.suppliers().addAll(now.suppliers());
            keys.divisions().addAll(now.divisions());
            ReadModelTables.refresh(c, keys);
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
