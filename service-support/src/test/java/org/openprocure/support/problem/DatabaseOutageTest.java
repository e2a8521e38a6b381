package org.openprocure.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aRefusedOrBrokenConnectionDeepInTheCausesIsAnOutage() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused.", "08001");
        RuntimeException wrapped = new IllegalStateException("commit failed",
                new RuntimeException("could not prepare statement", refused));
        assertTrue(DatabaseOutage.causedBy(wrapped));
        assertEquals("08001 Connection to localhost:5432 refused.", DatabaseOutage.reason(wrapped));
        assertTrue(DatabaseOutage.causedBy(new SQLException("An I/O error occurred while sending to the backend.",
                "08006")));
    }

    @Test
    void aServerShuttingDownOrStartingUpIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void aPoolThatCannotGetAConnectionInTimeIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void anOutageFollowingAnotherErrorInTheChainOfSqlExceptionsCounts() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "25P02");
        batch.setNextException(new SQLException("This connection has been closed.", "08003"));
        assertTrue(DatabaseOutage.causedBy(batch));
    }

    @Test
    void constraintViolationsDeadlocksAndBugsAreNot() {
        assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("deadlock detected", "40P01")));
        assertFalse(DatabaseOutage.causedBy(new NullPointerException()));
        assertFalse(DatabaseOutage.causedBy(new SQLException("no state")));
    }

    @Test
    void aCauseChainWithACycleEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.causedBy(first));
    }
}
