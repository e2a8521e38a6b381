package org.openprocure.contract.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.openprocure.contract.analytics.ProcessEvent;
import org.openprocure.contract.service.ProcessHistory;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;

/**
 * Publishes the OCDS release of each event on a process's stored timeline, once, and serves the
 * release and record packages. A release is compiled from the process's events up to its own, in
 * timeline order, so recompiling the history gives the same bytes; once stored it never changes.
 */
@ApplicationScoped
public class OcdsPublication {

    /** The extensions whose fields the releases use besides the core schema. */
    public static final List<String> EXTENSIONS = List.of(
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/v1.1.5/extension.json");

    /**
     * Key of the transaction-scoped advisory lock under which releases are stored (the positions of the feed's
     * cursor follow the order of commits, not of the sequence's calls).
     */
    public static final long FEED_LOCK = 0x4f50_4f43_4453_4644L;

    /** Rows a cursor fetches at a time. */
    private static final int CURSOR_FETCH = 500;
    /** Processes whose compiled timeline is kept for their next event. */
    private static final int TIMELINES_KEPT = 10_000;

    private final ProcessHistory history;
    private final OcdsConfig config;
    private final Clock clock;
    private final ReleaseCompiler compiler = new ReleaseCompiler();
    private final ReleaseMerger merger = new ReleaseMerger();
    /** The compiled timelines of the processes whose events came in last (a few hundred bytes each). */
    private final CompiledTimelines compiled = new CompiledTimelines(TIMELINES_KEPT);

    OcdsPublication(ProcessHistory history, OcdsConfig config, Clock clock) {
        this.history = history;
        this.config = config;
        this.clock = clock;
    }

    /** A page of the feed and the cursor after it. */
    public record Page(String body, long next) {
    }

    /**
     * Compiles and stores the event's release, if its event is on a process's timeline (the history took it) and
     * changes the public record. Applied once per event whatever how often it comes. The process's timeline compiled
     * up to the event before is reused when it is kept and holds exactly the events before this one; otherwise it is
     * compiled again from the stored events. The release is stored at the end of the transaction, under the feed's
     * lock ({@link #FEED_LOCK}).
     */
    @Transactional
    public void publish(EventEnvelope event) {
        compile(event, Set.of(), false).ifPresent(release -> store(List.of(release)));
    }

    /**
     * As {@link #publish(EventEnvelope)}, in the caller's transaction, for one record of a batch: the release is
     * compiled now and added to {@code pending}, which the caller stores with {@link #storeInCurrentTransaction}
     * just before it commits. {@code justAdded}: the history has just added the event in this transaction with this
     * envelope, so no release of it can be stored yet and its stored envelope is this one: neither is read back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishInCurrentTransaction(EventEnvelope event, Pending pending, boolean justAdded) {
        compile(event, pending.eventIds, justAdded).ifPresent(pending::add);
    }

    /** Stores the batch's releases, in the order they were compiled, under the feed's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeInCurrentTransaction(Pending pending) {
        store(pending.releases);
    }

    /** The releases of a batch's records compiled and not yet stored, in order. */
    public static final class Pending {
        private final List<ReleaseCompiler.CompiledRelease> releases = new ArrayList<>();
        private final Set<UUID> eventIds = new HashSet<>();

        private void add(ReleaseCompiler.CompiledRelease release) {
            releases.add(release);
            eventIds.add(release.event().eventId());
        }
    }

    /**
     * The event's release, if its event is on the process's timeline, changes the public record, and is neither
     * stored nor among {@code compiledNotStored}. {@code justAdded}: the history added the event in this transaction
     * with this envelope.
     */
    private Optional<ReleaseCompiler.CompiledRelease> compile(EventEnvelope event, Set<UUID> compiledNotStored,
            boolean justAdded) {
        if (event.ocid() == null || compiledNotStored.contains(event.eventId())
                || (!justAdded && published(event.eventId()))) {
            return Optional.empty();
        }
        List<UUID> upToEvent = history.timelineUpTo(event.ocid(), event.eventId());
        if (upToEvent.isEmpty()) {
            return Optional.empty(); // not on the timeline
        }
        List<UUID> before = upToEvent.subList(0, upToEvent.size() - 1);
        ReleaseCompiler.Timeline timeline = compiled.take(event.ocid(), before);
        if (timeline == null) {
            timeline = compiler.timeline();
            for (String envelope : history.envelopes(before)) {
                timeline.next(EventJson.parse(envelope));
            }
        }
        // The stored envelope, as a recompilation reads it.
        EventEnvelope stored = justAdded ? event
                : EventJson.parse(history.envelopes(List.of(event.eventId())).get(0));
        Optional<ReleaseCompiler.CompiledRelease> release = timeline.next(stored);
        compiled.keep(event.ocid(), upToEvent, timeline);
        return release;
    }

    /** Whether the event's release is stored (a native query: the live consumer asks this for every event). */
    private boolean published(UUID eventId) {
        return !OcdsRelease.getEntityManager().createNativeQuery("select 1 from ocds_release where event_id = :id")
                .setParameter("id", eventId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Drops the process's releases and compiles them again from its stored events. */
    @Transactional
    public void recompile(String ocid) {
        OcdsRelease.delete("ocid", ocid);
        store(compiler.compileAll(history.timeline(ocid).stream().map(e -> EventJson.parse(e.envelope)).toList()));
    }

    /**
     * Stores the releases, in order, under the feed's lock, which the transaction holds until it commits: releases
     * take their positions in the order their transactions commit, whichever replica stores them, so a reader of the
     * feed that has seen a position never finds a release at a lower one later.
     */
    private void store(List<ReleaseCompiler.CompiledRelease> releases) {
        if (releases.isEmpty()) {
            return;
        }
        OcdsRelease.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", FEED_LOCK).getSingleResult();
        releases.forEach(this::store);
    }

    private void store(ReleaseCompiler.CompiledRelease compiled) {
        OcdsRelease row = new OcdsRelease();
        row.releaseId = ReleaseCompiler.releaseId(compiled.event());
        row.eventId = compiled.event().eventId();
        row.ocid = compiled.event().ocid();
        row.releaseDate = compiled.event().occurredAt();
        row.aggregateId = compiled.event().aggregateId();
        row.sequence = compiled.event().sequence();
        row.tags = String.join(",", compiled.tags());
        row.releaseJson = EventJson.canonical(compiled.release());
        row.persist();
    }

    // ---- packages ----

    /** The releases published after the cursor, oldest first. */
    @Transactional
    public Page releases(long since, int limit) {
        List<OcdsRelease> rows = OcdsRelease.<OcdsRelease>find("position > ?1 order by position", since)
                .page(0, limit).list();
        long next = rows.isEmpty() ? since : rows.get(rows.size() - 1).position;
        ObjectNode pkg = releasePackage(config.baseUri() + "/api/ocds/releases?since=" + since + "&limit=" + limit,
                rows);
        pkg.putObject("links").put("next", config.baseUri() + "/api/ocds/releases?since=" + next + "&limit=" + limit);
        return new Page(EventJson.canonical(pkg), next);
    }

    @Transactional
    public Optional<String> release(String releaseId) {
        return OcdsRelease.<OcdsRelease>find("releaseId", releaseId).firstResultOptional()
                .map(row -> EventJson.canonical(releasePackage(releaseUri(row.releaseId), List.of(row))));
    }

    @Transactional
    public Optional<String> record(String ocid) {
        List<OcdsRelease> rows = releasesOf(ocid);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(EventJson.canonical(
                recordPackage(config.baseUri() + "/api/ocds/records/" + ocid, List.of(rows))));
    }

    /** Record packages of the processes with a release published after the cursor, in the order they changed. */
    @Transactional
    public Page records(long since, int limit) {
        List<Object[]> changed = OcdsRelease.getEntityManager().createQuery(
                "select r.ocid, max(r.position) from OcdsRelease r group by r.ocid having max(r.position) > :since "
                        + "order by max(r.position)", Object[].class)
                .setParameter("since", since).setMaxResults(limit).getResultList();
        List<List<OcdsRelease>> processes = new ArrayList<>();
        long next = since;
        for (Object[] process : changed) {
            processes.add(releasesOf((String) process[0]));
            next = (Long) process[1];
        }
        ObjectNode pkg = recordPackage(config.baseUri() + "/api/ocds/records?since=" + since + "&limit=" + limit,
                processes);
        pkg.putObject("links").put("next", config.baseUri() + "/api/ocds/records?since=" + next + "&limit=" + limit);
        return new Page(EventJson.canonical(pkg), next);
    }

    /** Every process's compiled release, one canonical JSON text per process, in order of ocid. */
    @Transactional
    public List<String> compiledReleases() {
        List<String> compiled = new ArrayList<>();
        forEachCompiledRelease((ocid, release) -> compiled.add(EventJson.canonical(release)));
        return compiled;
    }

    /**
     * Hands each process's compiled release to {@code action}, in order of ocid. The releases are read through a
     * cursor, so one process's releases are in memory at a time, however many processes there are.
     */
    @Transactional
    public void forEachCompiledRelease(BiConsumer<String, ObjectNode> action) {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = OcdsRelease.getEntityManager().createNativeQuery("select ocid, release_json"
                        + " from ocds_release order by ocid, release_date, aggregate_id, sequence")
                .setHint(HibernateHints.HINT_FETCH_SIZE, CURSOR_FETCH).getResultStream();
        try (rows) {
            String ocid = null;
            List<JsonNode> releases = new ArrayList<>();
            for (Iterator<Object[]> it = rows.iterator(); it.hasNext(); ) {
                Object[] row = it.next();
                if (ocid != null && !ocid.equals(row[0])) {
                    action.accept(ocid, merger.compile(releases));
                    releases = new ArrayList<>();
                }
                ocid = (String) row[0];
                releases.add(parse((String) row[1]));
            }
            if (ocid != null) {
                action.accept(ocid, merger.compile(releases));
            }
        }
    }

    private List<OcdsRelease> releasesOf(String ocid) {
        return OcdsRelease.list("ocid = ?1 order by releaseDate, aggregateId, sequence", ocid);
    }

    /**
     * A release package of these rows. Each release is written as stored, canonical JSON already, not parsed and
     * written again: the package's bytes are the same either way.
     */
    private ObjectNode releasePackage(String uri, List<OcdsRelease> rows) {
        ObjectNode pkg = header(uri, rows);
        ArrayNode releases = pkg.putArray("releases");
        rows.forEach(row -> releases.addRawValue(new RawValue(row.releaseJson)));
        return pkg;
    }

    private ObjectNode recordPackage(String uri, List<List<OcdsRelease>> processes) {
        ObjectNode pkg = header(uri, processes.stream().flatMap(List::stream).toList());
        ArrayNode records = pkg.putArray("records");
        for (List<OcdsRelease> rows : processes) {
            ObjectNode record = records.addObject();
            record.put("ocid", rows.get(0).ocid);
            ArrayNode releases = record.putArray("releases");
            rows.forEach(row -> releases.addRawValue(new RawValue(row.releaseJson)));
            record.set("compiledRelease", compiled(rows));
        }
        return pkg;
    }

    private ObjectNode compiled(List<OcdsRelease> rowsInDateOrder) {
        return merger.compile(rowsInDateOrder.stream().map(row -> parse(row.releaseJson)).toList());
    }

    /** {@code publishedDate}: the latest change to the package's content, or now for an empty one. */
    private ObjectNode header(String uri, List<OcdsRelease> rows) {
        ObjectNode pkg = EventJson.mapper().createObjectNode();
        pkg.put("uri", uri);
        pkg.put("version", "1.1");
        ArrayNode extensions = pkg.putArray("extensions");
        EXTENSIONS.forEach(extensions::add);
        ObjectNode publisher = pkg.putObject("publisher");
        publisher.put("name", config.publisherName());
        publisher.put("uri", config.publisherUri());
        pkg.put("license", config.license());
        pkg.put("publicationPolicy", config.publicationPolicy());
        Instant published = rows.stream().map(r -> r.releaseDate).max(Comparator.naturalOrder())
                .orElseGet(clock::instant);
        pkg.put("publishedDate", ReleaseCompiler.date(published));
        return pkg;
    }

    private String releaseUri(String releaseId) {
        return config.baseUri() + "/api/ocds/releases/" + releaseId;
    }

    private static JsonNode parse(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored release is always JSON", e);
        }
    }
}
