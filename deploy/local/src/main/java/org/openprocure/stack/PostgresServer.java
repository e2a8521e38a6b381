package org.openprocure.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server: either one started here from the zonky embedded binaries, or an
 * external one reached by JDBC URL. Each service gets its own database on it.
 */
public final class PostgresServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String EMBEDDED_USER = "postgres";
    /** Embedded clusters use trust authentication; the password only satisfies clients that insist on one. */
    private static final String EMBEDDED_PASSWORD = "postgres";

    private final EmbeddedPostgres embedded;
    private final Path dataDir;
    private final String host;
    private final int port;
    private final String adminDatabase;
    private final String query;
    private final String username;
    private final String password;
    private Path logFile;
    /** The postmaster's command line while it is shut down by {@link #shutDown()}, to start it the same way. */
    private List<String> stoppedCommand;

    private PostgresServer(EmbeddedPostgres embedded, Path dataDir, String host, int port, String adminDatabase,
                           String query, String username, String password) {
        this.embedded = embedded;
        this.dataDir = dataDir;
        this.host = host;
        this.port = port;
        this.adminDatabase = adminDatabase;
        this.query = query;
        this.username = username;
        this.password = password;
    }

    /** Starts an embedded server; its output goes to the calling process's log. */
    public static PostgresServer start(Path dataDir, int port, boolean keepData) {
        return start(dataDir, port, keepData, null);
    }

    /**
     * Starts an embedded server on {@code port} (0 picks a free one) with its cluster in
     * {@code dataDir}. With {@code keepData} an existing cluster is reused and left on disk
     * at close; without it the directory is wiped at start and at close.
     */
    public static PostgresServer start(Path dataDir, int port, boolean keepData, Path logFile) {
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(!keepData)
                    .setPort(port == 0 ? Ports.free() : port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    // Five services with connection pools, plus tests and tools.
                    .setServerConfig("max_connections", "300");
            if (logFile != null) {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                ProcessBuilder.Redirect redirect = ProcessBuilder.Redirect.appendTo(logFile.toFile());
                builder.setOutputRedirector(redirect).setErrorRedirector(redirect);
            }
            EmbeddedPostgres embedded = builder.start();
            LOG.log(System.Logger.Level.INFO, "PostgreSQL listening on port {0}, data in {1}",
                    String.valueOf(embedded.getPort()), dir);
            PostgresServer server = new PostgresServer(embedded, dir, "localhost", embedded.getPort(), "postgres", "",
                    EMBEDDED_USER, EMBEDDED_PASSWORD);
            server.logFile = logFile == null ? null : logFile.toAbsolutePath();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL in " + dir, e);
        }
    }

    /**
     * An external server. {@code jdbcUrlOfAdminDb} names a database the user can connect to
     * (usually {@code postgres}); the user needs the CREATEDB privilege for
     * {@link #createDatabase(String)}.
     */
    public static PostgresServer external(String jdbcUrlOfAdminDb, String user, String password) {
        if (!jdbcUrlOfAdminDb.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("Expected a jdbc:postgresql://host[:port]/database URL, got " + jdbcUrlOfAdminDb);
        }
        URI uri = URI.create(jdbcUrlOfAdminDb.substring("jdbc:".length()));
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new PostgresServer(null, null, uri.getHost(), port, database, query, user, password);
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = connect(adminDatabase)) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + name + "\"");
                LOG.log(System.Logger.Level.INFO, "Created database {0}", name);
            }
        } catch (SQLException e) {
            // Another process created it between the check and the create.
            if ("42P04".equals(e.getSQLState())) {
                return;
            }
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + query;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The postmaster's pid for an embedded server (first line of postmaster.pid). */
    public OptionalLong pid() {
        if (embedded == null) {
            return OptionalLong.empty();
        }
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Opens a connection to one of the server's databases. */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        if (password != null) {
            properties.setProperty("password", password);
        }
        // The driver directly rather than DriverManager: under Quarkus test class loaders
        // DriverManager may not see a driver registered by another loader.
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(database), properties);
        if (connection == null) {
            throw new SQLException("Driver refused URL " + jdbcUrl(database));
        }
        return connection;
    }

    /**
     * Shuts an embedded server down as an operator would before a restart ({@code pg_ctl stop -m fast}: open
     * sessions are ended, their transactions rolled back), keeping its data; {@link #startAgain()} brings it
     * back on the same port. For fault tests; an external server is not ours to stop.
     */
    public synchronized void shutDown() {
        requireEmbedded();
        if (stoppedCommand != null) {
            return;
        }
        List<String> command = postmasterCommand();
        pgCtl(command, List.of("-m", "fast", "stop"));
        stoppedCommand = command;
        LOG.log(System.Logger.Level.INFO, "PostgreSQL on port {0} shut down", String.valueOf(port));
    }

    /** Starts an embedded server shut down by {@link #shutDown()} again, with the same data, port and settings. */
    public synchronized void startAgain() {
        requireEmbedded();
        if (stoppedCommand == null) {
            return;
        }
        StringBuilder options = new StringBuilder();
        // The postmaster's arguments after "-D <dir>", quoted for the shell pg_ctl hands them to.
        List<String> arguments = stoppedCommand.subList(1, stoppedCommand.size());
        for (int i = 0; i < arguments.size(); i++) {
            if ("-D".equals(arguments.get(i))) {
                i++;
                continue;
            }
            options.append(options.length() == 0 ? "" : " ").append('\'')
                    .append(arguments.get(i).replace("'", "'\\''")).append('\'');
        }
        pgCtl(stoppedCommand, List.of("-o", options.toString(), "start"));
        stoppedCommand = null;
        LOG.log(System.Logger.Level.INFO, "PostgreSQL on port {0} started again (pid {1})", String.valueOf(port),
                String.valueOf(pid().orElse(-1)));
    }

    /** {@link #shutDown()} then {@link #startAgain()}. */
    public void restart() {
        shutDown();
        startAgain();
    }

    /** Whether an embedded server's postmaster runs (false between {@link #shutDown()} and {@link #startAgain()}). */
    public synchronized boolean isRunning() {
        return embedded != null && stoppedCommand == null && pid().isPresent()
                && ChildProcesses.isAlive(pid().getAsLong());
    }

    private void requireEmbedded() {
        if (embedded == null) {
            throw new IllegalStateException("An external PostgreSQL server is not stopped or started from here");
        }
    }

    /** The running postmaster's command line, as PostgreSQL keeps it in {@code postmaster.opts}. */
    private List<String> postmasterCommand() {
        Path opts = dataDir.resolve("postmaster.opts");
        try {
            String line = Files.readString(opts, StandardCharsets.UTF_8).strip();
            List<String> words = new java.util.ArrayList<>();
            java.util.regex.Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
            while (word.find()) {
                words.add(word.group(1) != null ? word.group(1) : word.group(2));
            }
            if (words.isEmpty()) {
                throw new IllegalStateException("Empty " + opts);
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + opts + "; is PostgreSQL running?", e);
        }
    }

    /** Runs {@code pg_ctl -D <dir> -w -t 60 <arguments>} from the postmaster's own bin directory and waits for it. */
    private void pgCtl(List<String> postmasterCommand, List<String> arguments) {
        Path pgCtl = Path.of(postmasterCommand.get(0)).resolveSibling("pg_ctl");
        List<String> command = new java.util.ArrayList<>();
        // As zonky does: PostgreSQL refuses to run as root, so under root it runs in a user namespace.
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString(), "-w", "-t", "60"));
        if (logFile != null && arguments.contains("start")) {
            command.add("-l");
            command.add(logFile.toString());
        }
        command.addAll(arguments);
        Path output = logFile != null ? logFile : dataDir.resolveSibling(dataDir.getFileName() + "-pg_ctl.log");
        Process process = ChildProcesses.start(command, java.util.Map.of(), dataDir.getParent(), output);
        if (!ChildProcesses.awaitExit(process.toHandle(), Duration.ofSeconds(90)) || process.exitValue() != 0) {
            ChildProcesses.kill(process.toHandle());
            throw new IllegalStateException("pg_ctl " + arguments.get(arguments.size() - 1) + " failed for "
                    + dataDir + ":\n" + ChildProcesses.tail(output, 20));
        }
    }

    /** Stops an embedded server; an external one is left alone. */
    @Override
    public void close() {
        if (embedded == null) {
            return;
        }
        // Started again by pg_ctl after a shutDown, or still shut down: zonky's close stops whichever runs.
        OptionalLong postmaster = pid();
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop PostgreSQL", e);
        }
        // pg_ctl reports "stopped" once postmaster.pid is gone, a moment before the process is.
        if (postmaster.isPresent() && !ChildProcesses.awaitGone(postmaster.getAsLong(), Duration.ofSeconds(15))) {
            LOG.log(System.Logger.Level.WARNING, "PostgreSQL postmaster {0} still runs after pg_ctl stop",
                    String.valueOf(postmaster.getAsLong()));
        }
    }
}
