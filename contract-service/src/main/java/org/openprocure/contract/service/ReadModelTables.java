package org.openprocure.contract.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.openprocure.contract.analytics.ProcessProjection;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes the analytics read model tables over plain JDBC, for the live consumer and the rebuild alike:
 * rows go in through PostgreSQL {@code COPY} (the same encoding on both paths), and the buyer, supplier
 * and CPV division rows are recomputed from the process rows by one aggregate statement per table,
 * for some keys or for all.
 */
public final class ReadModelTables {

    /** Every table the rebuild empties and fills again; not the contracts, open data or inbox. */
    public static final List<String> TABLES = List.of("process_event", "process", "award", "process_bid",
            "analytics_buyer", "analytics_supplier", "analytics_cpv_division");

    /** Taken shared by the live consumer and exclusively by the rebuild, before any read model table. */
    public static final long REBUILD_LOCK = 0x0A7A_1E5CL;
    /**
     * Key of the transaction-scoped advisory lock under which the buyer, supplier and CPV division rows are recomputed
     * (taken after the processes' locks, never before them).
     */
    public static final long SUMMARY_LOCK = 0x4f50_5355_4d4d_4152L;

    /** Characters of CSV sent to {@code COPY} at a time. */
    private static final int COPY_SLICE = 1 << 20;

    private static final String EVENT_COLUMNS =
            "event_id, ocid, aggregate_id, sequence, type, producer, occurred_at, hash, prev_hash, envelope";
    private static final String PROCESS_COLUMNS = "ocid, title, buyer_id, buyer_name, status, procurement_method,"
            + " main_procurement_category, value_amount, currency, published_at, submission_deadline, last_event_at,"
            + " main_cpv_code, cpv_division, procurement_method_details, number_of_tenderers, lots";
    private static final String AWARD_COLUMNS = "ocid, award_id, lot_id, bid_id, supplier_id, supplier_name,"
            + " value_amount, currency, status, status_reason, proposed_at, confirmed_at, cancelled_at, award_date,"
            + " buyer_id, buyer_name";
    private static final String BID_COLUMNS = "ocid, bid_id, lot_id, supplier_id, supplier_name, amount, currency,"
            + " received_at, status, status_reason";

    private static final String ACTIVE_AWARDS = " left join lateral (select count(*) as active from award a"
            + " where a.ocid = p.ocid and a.status = 'active') a on true";

    private static final String BUYERS = "insert into analytics_buyer (buyer_id, buyer_name, processes,"
            + " non_open_processes, processes_with_bids, single_bid_processes, active_awards, last_event_at)"
            + " select p.buyer_id, (array_agg(p.buyer_name order by p.last_event_at desc, p.ocid))[1], count(*),"
            + " count(*) filter (where p.procurement_method <> 'open'),"
            + " count(*) filter (where p.number_of_tenderers > 0), count(*) filter (where p.number_of_tenderers = 1),"
            + " coalesce(sum(a.active), 0), max(p.last_event_at)"
            + " from process p" + ACTIVE_AWARDS + " where p.buyer_id is not null %s group by p.buyer_id";

    private static final String SUPPLIERS = "insert into analytics_supplier (supplier_id, supplier_name, lots_bid,"
            + " processes_bid, wins, buyers)"
            + " select s.supplier_id,"
            + " (array_agg(s.supplier_name order by s.at desc nulls last, s.ocid, s.kind, s.supplier_name))[1],"
            + " count(*) filter (where s.kind = 'bid'), count(distinct s.ocid) filter (where s.kind = 'bid'),"
            + " count(*) filter (where s.kind = 'win'), count(distinct s.buyer_id) filter (where s.kind = 'win')"
            + " from (select b.supplier_id, b.supplier_name, b.ocid, 'bid' as kind, b.received_at as at,"
            + " null::varchar as buyer_id from process_bid b where b.supplier_id is not null %1$s"
            + " union all select w.supplier_id, w.supplier_name, w.ocid, 'win', w.award_date, w.buyer_id"
            + " from award w where w.status = 'active' and w.supplier_id is not null %2$s) s"
            + " group by s.supplier_id";

    private static final String DIVISIONS = "insert into analytics_cpv_division (cpv_division, processes,"
            + " processes_with_bids, single_bid_processes, active_awards, buyers)"
            + " select p.cpv_division, count(*), count(*) filter (where p.number_of_tenderers > 0),"
            + " count(*) filter (where p.number_of_tenderers = 1), coalesce(sum(a.active), 0),"
            + " count(distinct p.buyer_id)"
            + " from process p" + ACTIVE_AWARDS + " where p.cpv_division is not null %s group by p.cpv_division";

    /** The buyer, supplier and CPV division keys whose rows a change of some processes touches. */
    public record Keys(Set<String> buyers, Set<String> suppliers, Set<String> divisions) {
        public static Keys none() {
            return new Keys(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        }

        /** Adds the other keys to these. */
        public void addAll(Keys other) {
            buyers.addAll(other.buyers());
            suppliers.addAll(other.suppliers());
            divisions.addAll(other.divisions());
        }

        void add(ProcessProjection.Rows rows) {
            addIfPresent(buyers, rows.process().buyerId());
            addIfPresent(divisions, rows.process().cpvDivision());
            rows.awards().forEach(a -> addIfPresent(suppliers, a.supplierId()));
            rows.bids().forEach(b -> addIfPresent(suppliers, b.supplierId()));
        }

        private static void addIfPresent(Set<String> keys, String key) {
            if (key != null) {
                keys.add(key);
            }
        }
    }

    private ReadModelTables() {
    }

    /** Adds the event to its process's history unless it is there already; whether it added it. */
    public static boolean insertEvent(Connection c, EventEnvelope e, String envelope) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into process_event (" + EVENT_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing")) {
            insert.setObject(1, e.eventId());
            insert.setString(2, e.ocid());
            insert.setString(3, e.aggregateId());
            insert.setLong(4, e.sequence());
            insert.setString(5, e.type());
            insert.setString(6, e.producer());
            insert.setObject(7, java.time.OffsetDateTime.ofInstant(e.occurredAt(), java.time.ZoneOffset.UTC));
            insert.setString(8, e.hash());
            insert.setString(9, e.prevHash());
            insert.setString(10, envelope);
            return insert.executeUpdate() == 1;
        }
    }

    /** The process's stored events of the types that change rows ({@link ProcessProjection#ROW_TYPES}). */
    public static List<EventEnvelope> rowTypeEvents(Connection c, String ocid) throws SQLException {
        List<EventEnvelope> events = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "select envelope from process_event where ocid = ? and type = any(?)")) {
            select.setString(1, ocid);
            select.setArray(2, c.createArrayOf("varchar", ProcessProjection.ROW_TYPES.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(EventJson.parse(rows.getString(1)));
                }
            }
        }
        return events;
    }

    /** When the process's latest stored event occurred; {@code null} when none is stored. */
    public static Instant lastEventAt(Connection c, String ocid) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "select max(occurred_at) from process_event where ocid = ?")) {
            select.setString(1, ocid);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                java.time.OffsetDateTime at = rows.getObject(1, java.time.OffsetDateTime.class);
                return at == null ? null : at.toInstant();
            }
        }
    }

    /**
     * For an event of no row type: moves the process's latest event time on to the event's, if later, and adds its
     * buyer's key to {@code changed} (the only one of the buyer, supplier and CPV division rows that shows that time),
     * for the caller to recompute. Returns false, changing nothing, when the process has no rows yet.
     */
    public static boolean advanceLastEvent(Connection c, String ocid, Instant occurredAt, Keys changed)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update process set last_event_at = ? where ocid = ?"
                + " and (last_event_at is null or last_event_at < ?) returning buyer_id")) {
            java.time.OffsetDateTime at = java.time.OffsetDateTime.ofInstant(occurredAt, java.time.ZoneOffset.UTC);
            update.setObject(1, at);
            update.setString(2, ocid);
            update.setObject(3, at);
            try (ResultSet rows = update.executeQuery()) {
                if (rows.next()) {
                    Keys.addIfPresent(changed.buyers(), rows.getString(1));
                    return true;
                }
            }
        }
        try (PreparedStatement select = c.prepareStatement("select 1 from process where ocid = ?")) {
            select.setString(1, ocid);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The keys the process's rows name now. */
    public static Keys keysOf(Connection c, String ocid) throws SQLException {
        Keys keys = Keys.none();
        try (PreparedStatement select = c.prepareStatement(
                "select buyer_id, cpv_division from process where ocid = ?")) {
            select.setString(1, ocid);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Keys.addIfPresent(keys.buyers(), rows.getString(1));
                    Keys.addIfPresent(keys.divisions(), rows.getString(2));
                }
            }
        }
        try (PreparedStatement select = c.prepareStatement("select supplier_id from process_bid where ocid = ?"
                + " union select supplier_id from award where ocid = ?")) {
            select.setString(1, ocid);
            select.setString(2, ocid);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Keys.addIfPresent(keys.suppliers(), rows.getString(1));
                }
            }
        }
        return keys;
    }

    /** Replaces the process's rows with these, and returns the keys they name. */
    public static Keys replace(Connection c, ProcessProjection.Rows rows) throws SQLException {
        for (String table : List.of("process", "award", "process_bid")) {
            try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where ocid = ?")) {
                delete.setString(1, rows.process().ocid());
                delete.executeUpdate();
            }
        }
        Keys keys = Keys.none();
        copyRows(c, List.of(rows), keys);
        return keys;
    }

    /** Adds the rows of processes that have none yet, and the keys they name to {@code keys}. */
    public static void copyRows(Connection c, Collection<ProcessProjection.Rows> all, Keys keys) throws SQLException {
        StringBuilder processes = new StringBuilder();
        StringBuilder awards = new StringBuilder();
        StringBuilder bids = new StringBuilder();
        for (ProcessProjection.Rows rows : all) {
            ProcessProjection.ProcessRow p = rows.process();
            csv(processes, p.ocid(), p.title(), p.buyerId(), p.buyerName(), p.status(), p.procurementMethod(),
                    p.mainProcurementCategory(), p.valueAmount(), p.currency(), p.publishedAt(),
                    p.submissionDeadline(), p.lastEventAt(), p.mainCpvCode(), p.cpvDivision(),
                    p.procurementMethodDetails(), p.numberOfTenderers(), p.lots());
            for (ProcessProjection.AwardRow a : rows.awards()) {
                csv(awards, a.ocid(), a.awardId(), a.lotId(), a.bidId(), a.supplierId(), a.supplierName(),
                        a.valueAmount(), a.currency(), a.status(), a.statusReason(), a.proposedAt(), a.confirmedAt(),
                        a.cancelledAt(), a.awardDate(), a.buyerId(), a.buyerName());
            }
            for (ProcessProjection.BidRow b : rows.bids()) {
                csv(bids, b.ocid(), b.bidId(), b.lotId(), b.supplierId(), b.supplierName(), b.amount(),
                        b.currency(), b.receivedAt(), b.status(), b.statusReason());
            }
            keys.add(rows);
        }
        copy(c, "process", PROCESS_COLUMNS, processes);
        copy(c, "award", AWARD_COLUMNS, awards);
        copy(c, "process_bid", BID_COLUMNS, bids);
    }

    /** The event's row of the histories in {@code COPY}'s CSV form, with the record it came in, verbatim. */
    public static String eventRow(EventEnvelope e, String envelope) {
        StringBuilder row = new StringBuilder(envelope.length() + 300);
        csv(row, e.eventId(), e.ocid(), e.aggregateId(), e.sequence(), e.type(), e.producer(), e.occurredAt(),
                e.hash(), e.prevHash(), envelope);
        return row.toString();
    }

    /** Appends rows made by {@link #eventRow} to the histories, which hold none of them yet. */
    public static void copyEventRows(CopyManager copy, CharSequence rows) throws SQLException {
        copy(copy, "process_event", EVENT_COLUMNS, rows);
    }

    /**
     * Drops the table's indexes and the constraints they back (primary key, unique), for a bulk load into
     * it, and returns the statements that make them again.
     */
    public static List<String> dropIndexes(Connection c, String table) throws SQLException {
        List<String> create = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select n.nspname, x.relname, pg_get_indexdef(i.indexrelid),"
                + " k.conname, pg_get_constraintdef(k.oid) from pg_index i"
                + " join pg_class x on x.oid = i.indexrelid join pg_namespace n on n.oid = x.relnamespace"
                + " left join pg_constraint k on k.conindid = i.indexrelid and k.conrelid = i.indrelid"
                + " and k.contype in ('p', 'u', 'x')"
                + " where i.indrelid = ?::regclass order by x.relname")) {
            select.setString(1, table);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String constraint = rows.getString(4);
                    if (constraint == null) {
                        drop.add("drop index " + quote(rows.getString(1)) + "." + quote(rows.getString(2)));
                        create.add(rows.getString(3));
                    } else {
                        drop.add("alter table " + table + " drop constraint " + quote(constraint));
                        create.add("alter table " + table + " add constraint " + quote(constraint) + " "
                                + rows.getString(5));
                    }
                }
            }
        }
        try (Statement statement = c.createStatement()) {
            for (String sql : drop) {
                statement.execute(sql);
            }
        }
        return create;
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * Recomputes the buyer, supplier and CPV division rows of these keys, under a lock that the transaction holds until
     * it commits: each row is deleted and inserted again, so two replicas recomputing one buyer's row at once would
     * otherwise both insert it.
     */
    public static void refresh(Connection c, Keys keys) throws SQLException {
        if (keys.buyers().isEmpty() && keys.suppliers().isEmpty() && keys.divisions().isEmpty()) {
            return;
        }
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, SUMMARY_LOCK);
            lock.execute();
        }
        refresh(c, "analytics_buyer", "buyer_id", BUYERS.formatted("and p.buyer_id = any(?)"), 1, keys.buyers());
        refresh(c, "analytics_supplier", "supplier_id",
                SUPPLIERS.formatted("and b.supplier_id = any(?)", "and w.supplier_id = any(?)"), 2, keys.suppliers());
        refresh(c, "analytics_cpv_division", "cpv_division",
                DIVISIONS.formatted("and p.cpv_division = any(?)"), 1, keys.divisions());
    }

    /** Computes every buyer, supplier and CPV division row, into tables that are empty. */
    public static void refreshAll(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.executeUpdate(BUYERS.formatted(""));
            statement.executeUpdate(SUPPLIERS.formatted("", ""));
            statement.executeUpdate(DIVISIONS.formatted(""));
        }
    }

    private static void refresh(Connection c, String table, String keyColumn, String insert, int uses,
            Set<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        Array array = c.createArrayOf("varchar", keys.toArray());
        try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where " + keyColumn
                + " = any(?)")) {
            delete.setArray(1, array);
            delete.executeUpdate();
        }
        try (PreparedStatement statement = c.prepareStatement(insert)) {
            for (int i = 1; i <= uses; i++) {
                statement.setArray(i, array);
            }
            statement.executeUpdate();
        }
    }

    private static void copy(Connection c, String table, String columns, CharSequence rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        copy(c.unwrap(PGConnection.class).getCopyAPI(), table, columns, rows);
    }

    private static void copy(CopyManager copy, String table, String columns, CharSequence rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        // Sent a slice at a time as UTF-8 (the driver's client encoding), never copying the whole text again;
        // a slice never ends between the two halves of a surrogate pair.
        CopyIn in = copy.copyIn("copy " + table + " (" + columns + ") from stdin with (format csv)");
        try {
            for (int from = 0; from < rows.length(); ) {
                int to = Math.min(rows.length(), from + COPY_SLICE);
                if (to < rows.length() && Character.isHighSurrogate(rows.charAt(to - 1))) {
                    to--;
                }
                byte[] bytes = rows.subSequence(from, to).toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                from = to;
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** One CSV line: null unquoted and empty, everything else quoted, instants in UTC ISO form. */
    private static void csv(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value == null) {
                continue;
            }
            String text = value instanceof BigDecimal d ? d.toPlainString()
                    : value instanceof Instant t ? t.toString() : value.toString();
            out.append('"');
            for (int k = 0; k < text.length(); k++) {
                char ch = text.charAt(k);
                if (ch == '"') {
                    out.append('"');
                }
                out.append(ch);
            }
            out.append('"');
        }
        out.append('\n');
    }
}
