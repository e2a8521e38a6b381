package org.openprocure.systemtests.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openprocure.stack.LocalStack;
import org.openprocure.stack.PostgresServer;

/**
 * Every table of the platform's databases as a row count and a hash of its content (independent of the
 * rows' order), so that two snapshots show whether anything was written in between, and where.
 */
record DatabaseSnapshot(Map<String, String> tables) {

    /** A snapshot of every table of every database, leaving out {@code excluded} ("database.schema.table"). */
    static DatabaseSnapshot of(PostgresServer postgres, Set<String> excluded) {
        Map<String, String> tables = new TreeMap<>();
        for (String database : LocalStack.DATABASES) {
            try (Connection connection = postgres.connect(database); Statement statement = connection.createStatement()) {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("select table_schema, table_name from information_schema.tables"
                        + " where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')")) {
                    while (rs.next()) {
                        names.add(quote(rs.getString(1)) + "." + quote(rs.getString(2)));
                    }
                }
                for (String name : names) {
                    String key = database + "." + name.replace("\"", "");
                    if (excluded.contains(key)) {
                        continue;
                    }
                    try (ResultSet rs = statement.executeQuery("select count(*), coalesce(md5(string_agg(h, '' order by h)),"
                            + " '') from (select md5(t::text) h from " + name + " t) rows")) {
                        rs.next();
                        tables.put(key, rs.getLong(1) + " rows, " + rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database " + database, e);
            }
        }
        return new DatabaseSnapshot(tables);
    }

    /** The tables that differ from {@code before}, each with what it was and what it is. */
    List<String> changesSince(DatabaseSnapshot before) {
        List<String> changes = new ArrayList<>();
        Set<String> names = new java.util.TreeSet<>(before.tables.keySet());
        names.addAll(tables.keySet());
        for (String name : names) {
            String was = before.tables.get(name);
            String is = tables.get(name);
            if (!java.util.Objects.equals(was, is)) {
                changes.add(name + ": " + was + " -> " + is);
            }
        }
        return changes;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
