package org.openprocure.contract.flags;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;
import org.openprocure.contract.ocds.OcdsPublication;
import org.openprocure.contract.redflags.Settings;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;

/**
 * The red flags of the platform's own processes, in table {@code red_flag}: every process's compiled
 * release with its bids ({@link AnalysisRelease}) through the Cardinal indicators, and the events through
 * the collusion and market screens ({@link RedFlagAnalysis}). The indicators compare processes with each
 * other, so the whole set is recomputed and replaced in one transaction: by the watch, every
 * {@code openprocure.contract.red-flags.every}, when the stored history changed since the last run and ten times
 * the last run's duration has passed since it started (so that it takes at most about a tenth of a core under a
 * steady stream of events), and by {@link #recompute()} on demand. Replicas may all run the watch: an advisory lock lets one compute at a time.
 */
@ApplicationScoped
public class RedFlagService {

    /** Key of the advisory lock held by the one replica that computes. */
    static final long RUN_LOCK = 0x4f50_5245_4446_4c47L;
    private static final Logger LOG = Logger.getLogger(RedFlagService.class);
    /** Seconds one run may take: a whole history is read. */
    private static final int RUN_TIMEOUT = 600;
    /** Rows a cursor over the history fetches at a time. */
    private static final int CURSOR_FETCH = 1_000;

    private final EntityManager em;
    private final Clock clock;
    private final OcdsPublication ocds;
    private final Optional<String> settingsPath;

    RedFlagService(EntityManager em, Clock clock, OcdsPublication ocds, RedFlagsConfig config) {
        this.em = em;
        this.clock = clock;
        this.ocds = ocds;
        this.settingsPath = config.settings().filter(p -> !p.isBlank());
    }

    /** How many times its own duration a run holds the next watch's run back, counted from its start. */
    public static final int PAUSE_FACTOR = 10;

    /** What a run saw and found, and how long it took (at least 1 ms). */
    public record Run(Instant computedAt, int processes, int flags, long millis) {
    }

    /** The state of the stored history: a run is due when it changes. */
    record Watermark(long eventCount, Instant lastEventAt, long releasePosition) {

        boolean seenBy(RedFlagRun run) {
            return run != null && run.eventCount == eventCount && Objects.equals(run.lastEventAt, lastEventAt)
                    && run.releasePosition == releasePosition;
        }
    }

    @Scheduled(every = "${openprocure.contract.red-flags.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void watch() {
        try {
            recomputeIfChanged();
        } catch (RuntimeException e) {
            LOG.warnf(e, "red flags not recomputed; the next look tries again");
        }
    }

    /**
     * Recomputes when the stored history changed since the last run and no other replica is computing;
     * returns the run, or empty when nothing was due or another replica holds the lock.
     */
    public Optional<Run> recomputeIfChanged() {
        return QuarkusTransaction.requiringNew().timeout(RUN_TIMEOUT).call(() -> {
            boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", RUN_LOCK).getSingleResult();
            if (!mine) {
                return Optional.<Run>empty();
            }
            RedFlagRun last = RedFlagRun.findById(RedFlagRun.ID);
            if (last != null && clock.instant().isBefore(last.computedAt.plusMillis(PAUSE_FACTOR * last.millis))) {
                return Optional.<Run>empty();
            }
            Watermark watermark = watermark();
            if (watermark.seenBy(last)) {
                return Optional.<Run>empty();
            }
            return Optional.of(replace(watermark));
        });
    }

    /**
     * Recomputes every red flag now from the stored history and replaces the table in one transaction
     * (waiting for a run in progress on another replica): for a rebuild of the read models.
     */
    public Run recompute() {
        return QuarkusTransaction.requiringNew().timeout(RUN_TIMEOUT).call(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", RUN_LOCK).getSingleResult();
            return replace(watermark());
        });
    }

    private Watermark watermark() {
        Object[] events = (Object[]) em.createNativeQuery("select count(*), max(occurred_at) from process_event")
                .getSingleResult();
        Number position = (Number) em.createNativeQuery("select coalesce(max(position), 0) from ocds_release")
                .getSingleResult();
        return new Watermark(((Number) events[0]).longValue(), instant(events[1]), position.longValue());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private Run replace(Watermark watermark) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<ProcessFacts> processes = processes();
        Map<String, JsonNode> compiled = compiledReleases(processes);
        List<Flag> flags = new RedFlagAnalysis(settings()).analyse(processes, compiled);

        RedFlag.deleteAll();
        RedFlagProcess.deleteAll();
        int analysed = 0;
        for (ProcessFacts p : processes) {
            if (RedFlagAnalysis.analysed(p)) {
                RedFlagProcess row = new RedFlagProcess();
                row.ocid = p.ocid();
                row.buyerId = p.buyer().id();
                row.persist();
                analysed++;
            }
        }
        for (Flag flag : flags) {
            toRow(flag, now).persist();
        }
        RedFlagRun run = RedFlagRun.findById(RedFlagRun.ID);
        if (run == null) {
            run = new RedFlagRun();
            run.id = RedFlagRun.ID;
        }
        run.computedAt = now;
        run.eventCount = watermark.eventCount();
        run.lastEventAt = watermark.lastEventAt();
        run.releasePosition = watermark.releasePosition();
        run.processes = analysed;
        run.flags = flags.size();
        run.millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        run.persist();
        return new Run(now, analysed, flags.size(), run.millis);
    }

    private static RedFlag toRow(Flag flag, Instant now) {
        RedFlag row = new RedFlag();
        row.code = flag.code();
        row.name = flag.name();
        row.ocid = flag.ocid();
        row.title = flag.title();
        row.lotId = flag.lotId();
        row.buyerId = flag.buyerId();
        row.buyerName = flag.buyerName();
        row.subjectType = flag.subjectType();
        row.subjectId = flag.subjectId();
        row.subjectName = flag.subjectName();
        row.value = Double.isFinite(flag.value()) ? flag.value() : 0;
        row.explanation = flag.explanation();
        row.evidence = EventJson.canonical(flag.evidence());
        row.threshold = flag.threshold();
        row.source = flag.source();
        row.flagDate = flag.date();
        row.computedAt = now;
        return row;
    }

    /** Every process's facts from its stored events, in timeline order. */
    public List<ProcessFacts> processes() {
        @SuppressWarnings("unchecked")
        // Through a cursor: one process's events in memory at a time, not the whole history; the envelopes of
        // only the types the facts are read from, the others' times.
        Stream<Object[]> stream = em.createNativeQuery("select ocid, occurred_at,"
                        + " case when type in (:types) then envelope end from process_event"
                        + " order by ocid, occurred_at, aggregate_id, sequence")
                .setParameter("types", ProcessFacts.TYPES)
                .setHint(HibernateHints.HINT_FETCH_SIZE, CURSOR_FETCH).getResultStream();
        try (stream) {
            return processes(stream.iterator());
        }
    }

    private static List<ProcessFacts> processes(Iterator<Object[]> rows) {
        List<ProcessFacts> processes = new ArrayList<>();
        String ocid = null;
        Instant last = null;
        List<EventEnvelope> timeline = new ArrayList<>();
        while (rows.hasNext()) {
            Object[] row = rows.next();
            if (ocid != null && !ocid.equals(row[0])) {
                processes.add(ProcessFacts.of(ocid, timeline, last));
                timeline = new ArrayList<>();
                last = null;
            }
            ocid = (String) row[0];
            Instant at = instant(row[1]);
            last = last == null || at.isAfter(last) ? at : last;
            if (row[2] != null) {
                timeline.add(EventJson.parse((String) row[2]));
            }
        }
        if (ocid != null) {
            processes.add(ProcessFacts.of(ocid, timeline, last));
        }
        return processes;
    }

    /**
     * The compiled releases of the processes that are analysed, by ocid, each cut down to what the indicators
     * read ({@link AnalysisRelease#essentials}); read one process at a time.
     */
    private Map<String, JsonNode> compiledReleases(List<ProcessFacts> processes) {
        Set<String> analysed = new HashSet<>();
        processes.stream().filter(RedFlagAnalysis::analysed).forEach(p -> analysed.add(p.ocid()));
        Map<String, JsonNode> compiled = new HashMap<>();
        ocds.forEachCompiledRelease((ocid, release) -> {
            if (analysed.contains(ocid)) {
                compiled.put(ocid, AnalysisRelease.essentials(release));
            }
        });
        return compiled;
    }

    /** The indicators' settings: the INI file {@code openprocure.contract.red-flags.settings}, else Cardinal's defaults. */
    Settings settings() {
        if (settingsPath.isEmpty()) {
            return Settings.defaults();
        }
        try {
            return Settings.parse(Files.readString(Path.of(settingsPath.get())));
        } catch (IOException e) {
            throw new IllegalStateException("red-flag settings " + settingsPath.get() + " not readable", e);
        }
    }

    // ---- reading ----

    public record Criteria(String code, String ocid, String buyer, String source) {
    }

    public record Page(List<RedFlag> items, long total, Instant computedAt) {
    }

    public record CodeCount(String code, String name, long count) {
    }

    public record Summary(List<CodeCount> byCode, long processesFlagged, long processes, Instant computedAt) {
    }

    public Page search(Criteria criteria, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            StringBuilder where = new StringBuilder("1 = 1");
            Map<String, Object> params = new LinkedHashMap<>();
            if (criteria.code() != null) {
                where.append(" and code = :code");
                params.put("code", criteria.code());
            }
            if (criteria.ocid() != null) {
                where.append(" and ocid = :ocid");
                params.put("ocid", criteria.ocid());
            }
            if (criteria.buyer() != null) {
                where.append(" and buyerId = :buyer");
                params.put("buyer", criteria.buyer());
            }
            if (criteria.source() != null) {
                where.append(" and source = :source");
                params.put("source", criteria.source());
            }
            long total = RedFlag.count(where.toString(), params);
            List<RedFlag> items = RedFlag.<RedFlag>find(where + " order by id", params).page(page, size).list();
            return new Page(items, total, computedAt());
        });
    }

    public Summary summary(String buyer) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            String filter = buyer == null ? "" : " where f.buyerId = :buyer";
            var byCode = em.createQuery("select f.code, f.name, count(f) from RedFlag f" + filter
                    + " group by f.code, f.name order by f.code", Object[].class);
            var flagged = em.createQuery("select count(distinct f.ocid) from RedFlag f" + filter, Long.class);
            if (buyer != null) {
                byCode.setParameter("buyer", buyer);
                flagged.setParameter("buyer", buyer);
            }
            List<CodeCount> counts = byCode.getResultList().stream()
                    .map(r -> new CodeCount((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
            long processes = buyer == null ? RedFlagProcess.count() : RedFlagProcess.count("buyerId", buyer);
            return new Summary(counts, flagged.getSingleResult(), processes, computedAt());
        });
    }

    /** A buyer's flags for a report: those dated within [from, to) and those across its processes (undated). */
    public List<RedFlag> ofBuyer(String buyer, Instant from, Instant to) {
        return QuarkusTransaction.joiningExisting().call(() -> RedFlag.<RedFlag>list(
                "buyerId = ?1 and (flagDate is null or (flagDate >= ?2 and flagDate < ?3)) order by id",
                buyer, from, to));
    }

    /** When the flags were last computed; null before the first run. */
    public Instant computedAt() {
        RedFlagRun run = RedFlagRun.findById(RedFlagRun.ID);
        return run == null ? null : run.computedAt;
    }
}
