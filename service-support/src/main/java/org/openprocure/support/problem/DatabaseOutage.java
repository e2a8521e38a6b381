package org.openprocure.support.problem;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, shutting down, no connection to
 * be had) from any other failure, by the SQLSTATE of an {@link SQLException} anywhere in its causes.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether the failure comes from the database being unreachable rather than from the request or a bug. */
    public static boolean causedBy(Throwable failure) {
        return outageCause(failure) != null;
    }

    /** The database's own words for the outage, for the log. */
    public static String reason(Throwable failure) {
        SQLException cause = outageCause(failure);
        return cause == null ? String.valueOf(failure) : cause.getSQLState() + " " + cause.getMessage();
    }

    /**
     * SQLSTATE class 08 is a connection failure (refused, broken, ended); 57P01-57P03 are the server shutting
     * down or not yet accepting connections; Agroal reports a pool that could not get a connection in time with
     * no SQLSTATE and this message.
     */
    static boolean isOutage(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        String message = e.getMessage();
        return message != null && message.contains("acquisition timeout");
    }

    private static SQLException outageCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                SQLException next = sql;
                for (int i = 0; next != null && i < 10; i++, next = next.getNextException()) {
                    if (isOutage(next)) {
                        return next;
                    }
                }
            }
        }
        return null;
    }
}
