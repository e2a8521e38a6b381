package org.openprocure.stack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private String database = "test";
    private PostgresServer server;
    private Path dataDir;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return FreshStarts.start("PostgreSQL for the test", () -> {
            dataDir = Files.createTempDirectory("openprocure-pg-").resolve("data");
            server = PostgresServer.start(dataDir, 0, false);
            server.createDatabase(database);
            return Map.of(
                    "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                    "quarkus.datasource.username", server.username(),
                    "quarkus.datasource.password", server.password());
        }, this::stop);
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
