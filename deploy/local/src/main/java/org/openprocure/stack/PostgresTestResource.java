package org.openprocure.stack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL for {@code @QuarkusTest} component tests, in place of Docker Dev Services:
 *
 * <pre>
 * &#64;QuarkusTestResource(value = PostgresTestResource.class,
 *         initArgs = &#64;ResourceArg(name = "database", value = "tender"))
 * </pre>
 *
 * One embedded server on a free port in a temporary directory, gone after the tests.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final int ATTEMPTS = 3;

    private String database = "test";
    private PostgresServer server;
    private Path dataDir;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        // A server that fails to start (its port taken between choosing and binding it) is started again,
        // afresh, up to three times; each failure is reported.
        List<RuntimeException> failures = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                dataDir = Files.createTempDirectory("openprocure-pg-").resolve("data");
                server = PostgresServer.start(dataDir, 0, false);
                server.createDatabase(database);
                return Map.of(
                        "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                        "quarkus.datasource.username", server.username(),
                        "quarkus.datasource.password", server.password());
            } catch (IOException e) {
                failures.add(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                failures.add(e);
            }
            System.err.println("PostgresTestResource: start " + attempt + " of " + ATTEMPTS + " failed: "
                    + failures.get(failures.size() - 1));
            stop();
        }
        IllegalStateException failed = new IllegalStateException("PostgreSQL for the test did not start in "
                + ATTEMPTS + " attempts: " + failures.get(failures.size() - 1).getMessage());
        failures.forEach(failed::addSuppressed);
        throw failed;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
        if (dataDir != null) {
            try {
                FileTrees.delete(dataDir.getParent());
            } catch (IOException e) {
                // A leftover temporary directory is not worth failing a test run for.
            }
            dataDir = null;
        }
    }
}
