package org.openprocure.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresServerTest {

    @TempDir
    Path tmp;

    @Test
    void startsOnAFreePortCreatesDatabasesOnceAndFreesThePortWhenClosed() throws Exception {
        int port;
        long postmaster;
        try (PostgresServer server = PostgresServer.start(tmp.resolve("pg"), 0, false, tmp.resolve("postgres.log"))) {
            port = server.port();
            assertTrue(port > 0);
            assertFalse(Ports.isFree(port), "PostgreSQL listens on " + port);
            postmaster = server.pid().orElseThrow();
            assertTrue(ChildProcesses.isAlive(postmaster));

            server.createDatabase("tender");
            server.createDatabase("tender");

            assertEquals("jdbc:postgresql://localhost:" + port + "/tender", server.jdbcUrl("tender"));
            try (Connection connection = server.connect("tender");
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select 1, current_database()")) {
                assertTrue(rows.next());
                assertEquals(1, rows.getInt(1));
                assertEquals("tender", rows.getString(2));
            }
        }
        assertTrue(Poll.until(() -> Ports.isFree(port), java.time.Duration.ofSeconds(10), () -> true), "port free again");
        assertFalse(ChildProcesses.isAlive(postmaster), "postmaster gone");
        assertFalse(Files.exists(tmp.resolve("pg")), "data removed when not kept");
    }

    @Test
    void shutDownRefusesConnectionsAndStartAgainServesTheSameDataOnTheSamePort() throws Exception {
        try (PostgresServer server = PostgresServer.start(tmp.resolve("restarted"), 0, false, tmp.resolve("pg.log"))) {
            int port = server.port();
            long firstPostmaster = server.pid().orElseThrow();
            server.createDatabase("bid");
            try (Connection connection = server.connect("bid"); Statement statement = connection.createStatement()) {
                statement.execute("create table sealed_bid (id int primary key)");
                statement.execute("insert into sealed_bid values (7)");
            }
            Connection open = server.connect("bid");

            server.shutDown();
            assertFalse(server.isRunning());
            assertFalse(ChildProcesses.isAlive(firstPostmaster), "postmaster stopped");
            assertThrows(SQLException.class, () -> server.connect("bid"), "no connections while down");
            assertThrows(SQLException.class, () -> open.createStatement().execute("select 1"),
                    "an open session was ended");

            server.startAgain();
            assertTrue(server.isRunning());
            assertEquals(port, server.port());
            try (Connection connection = server.connect("bid"); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select id, current_setting('max_connections') from sealed_bid")) {
                assertTrue(rows.next());
                assertEquals(7, rows.getInt(1));
                assertEquals("300", rows.getString(2), "started with the same settings");
            }
            server.restart();
            try (Connection connection = server.connect("bid"); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select count(*) from sealed_bid")) {
                assertTrue(rows.next());
                assertEquals(1, rows.getInt(1));
            }
        }
        assertFalse(Files.exists(tmp.resolve("restarted")), "closed after a restart: data removed when not kept");
    }

    @Test
    void keepsDataBetweenRunsWhenAsked() throws Exception {
        Path data = tmp.resolve("kept");
        try (PostgresServer server = PostgresServer.start(data, 0, true)) {
            server.createDatabase("bid");
            try (Connection connection = server.connect("bid"); Statement statement = connection.createStatement()) {
                statement.execute("create table sealed_bid (id int primary key)");
                statement.execute("insert into sealed_bid values (42)");
            }
        }
        try (PostgresServer server = PostgresServer.start(data, 0, true);
             Connection connection = server.connect("bid");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from sealed_bid")) {
            assertTrue(rows.next());
            assertEquals(42, rows.getInt(1));
        }
    }

    @Test
    void externalServerDerivesDatabaseUrlsFromTheAdminUrl() throws Exception {
        try (PostgresServer embedded = PostgresServer.start(tmp.resolve("ext"), 0, false)) {
            PostgresServer external = PostgresServer.external(
                    "jdbc:postgresql://localhost:" + embedded.port() + "/postgres?ApplicationName=openprocure",
                    embedded.username(), embedded.password());
            external.createDatabase("contract");
            external.createDatabase("contract");
            assertEquals("jdbc:postgresql://localhost:" + embedded.port() + "/contract?ApplicationName=openprocure",
                    external.jdbcUrl("contract"));
            try (Connection connection = external.connect("contract"); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select 1")) {
                assertTrue(rows.next());
            }
            external.close();
            try (Connection stillUp = embedded.connect("contract")) {
                assertTrue(stillUp.isValid(5), "closing an external server leaves it running");
            }
        }
    }
}
