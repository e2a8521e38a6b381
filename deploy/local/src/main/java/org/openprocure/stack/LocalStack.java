package org.openprocure.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The whole platform as local processes: PostgreSQL, Kafka, Keycloak, the four services and
 * the portal. Used by {@code start.sh} (through {@link LocalStackMain}) and by the system tests.
 */
public final class LocalStack implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalStack.class.getName());

    /** Start order: the portal calls the services, so it comes last. */
    public static final List<String> SERVICES = List.of(
            "tender-service", "bid-service", "evaluation-service", "contract-service", "portal");
    public static final List<String> DATABASES = List.of("tender", "bid", "evaluation", "contract", "portal");
    public static final List<String> TOPICS = List.of(
            "procurement.tender", "procurement.bid", "procurement.evaluation", "procurement.contract");
    public static final int TOPIC_PARTITIONS = 3;
    public static final String PORTAL_CLIENT_SECRET = "portal-demo-secret";

    private final StackSettings settings;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    /** Every pid this stack started, restarts included, for the final check. */
    private final Map<Long, String> everyProcess = new LinkedHashMap<>();
    private Long postmasterPid;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;
    /** The first failure among the parallel infrastructure starts. */
    private RuntimeException pendingFailure;
    private boolean closed;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    /** Starts everything and returns once every service answers its readiness check. */
    public static LocalStack start(StackSettings settings) {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException | Error e) {
            try {
                stack.close();
            } catch (RuntimeException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    private void startAll() {
        checkPortsFree();
        Path home = settings.home();
        try {
            Files.createDirectories(logs());
            Files.createDirectories(home.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + home, e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
            Thread thread = new Thread(r, "local-stack-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<PostgresServer> db = CompletableFuture.supplyAsync(this::startPostgres, pool);
            CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(() -> KafkaBroker.start(
                    home.resolve("data/kafka"), settings.kafkaPort(), settings.kafkaControllerPort(),
                    settings.kafkaLibsDir(), logs().resolve("kafka.log")), pool);
            CompletableFuture<KeycloakServer> idp = CompletableFuture.supplyAsync(() -> KeycloakServer.start(
                    home.resolve("keycloak"), settings.keycloakPort(), settings.realmFile(), settings.keycloakZip(),
                    home.resolve("data/keycloak"), logs().resolve("keycloak.log")), pool);
            // Joined one by one so that whatever did start is known to close() when another fails.
            postgres = joinCollecting(db, "PostgreSQL");
            kafka = joinCollecting(broker, "Kafka");
            keycloak = joinCollecting(idp, "Keycloak");
            if (pendingFailure != null) {
                throw pendingFailure;
            }
        } finally {
            pool.shutdownNow();
        }
        if (postgres.pid().isPresent()) {
            postmasterPid = postgres.pid().getAsLong();
        }
        pids().forEach((name, pid) -> everyProcess.put(pid, name));
        writePidFile();
        DATABASES.forEach(postgres::createDatabase);
        kafka.createTopics(TOPICS, TOPIC_PARTITIONS);
        for (String name : settings.services()) {
            ServiceProcess service = ServiceProcess.start(name, quarkusRunJar(name), settings.port(name),
                    propertiesFor(name), logs().resolve(name + ".log"), settings.jvmOptionsFor(name),
                    settings.serviceReadyTimeout());
            services.put(name, service);
            everyProcess.put(service.pid(), name);
            writePidFile();
        }
        LOG.log(System.Logger.Level.INFO, "OpenProcure is up: portal {0}", settings.services().contains("portal")
                ? baseUrl("portal") : "(not started)");
    }

    private void writePidFile() {
        Path file = settings.pidFile();
        if (file == null) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        pids().forEach((name, pid) -> lines.append(name).append(' ').append(pid).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, lines.toString());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private <T> T join(CompletableFuture<T> future, String what) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof RuntimeException ? (RuntimeException) cause
                    : new IllegalStateException(what + " failed to start", cause);
        }
    }

    /** Waits for a parallel start; a failure is kept so the others can still be joined and closed. */
    private <T> T joinCollecting(CompletableFuture<T> future, String what) {
        try {
            return join(future, what);
        } catch (RuntimeException e) {
            if (pendingFailure == null) {
                pendingFailure = e;
            } else {
                pendingFailure.addSuppressed(e);
            }
            return null;
        }
    }

    private PostgresServer startPostgres() {
        if (settings.usesExternalDatabase()) {
            return PostgresServer.external(settings.externalJdbcUrl(), settings.externalUser(), settings.externalPassword());
        }
        return PostgresServer.start(settings.home().resolve("data/postgres"), settings.postgresPort(),
                settings.keepData(), logs().resolve("postgres.log"));
    }

    private void checkPortsFree() {
        Map<Integer, String> needed = new LinkedHashMap<>();
        for (String service : settings.services()) {
            needed.put(settings.port(service), service);
        }
        needed.put(settings.keycloakPort(), "Keycloak");
        needed.put(settings.kafkaPort(), "Kafka");
        needed.put(settings.kafkaControllerPort(), "Kafka controller");
        if (!settings.usesExternalDatabase()) {
            needed.put(settings.postgresPort(), "PostgreSQL");
        }
        needed.forEach((port, what) -> {
            if (port != 0) {
                Ports.requireFree(port, what);
            }
        });
    }

    private Path quarkusRunJar(String service) {
        return settings.repoRoot().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private Path logs() {
        return settings.home().resolve("logs");
    }

    /**
     * The key that turns user names into pseudonyms on events: random per platform home and kept
     * with its data, so pseudonyms stay stable across restarts and differ between installations.
     */
    private String pseudonymKey() {
        return secret("pseudonym.key");
    }

    /**
     * The platform's Ed25519 receipt key pair (PKCS#8 and X.509, base64), made once per home and kept in
     * {@code data/receipt.key}: receipts stay verifiable across restarts.
     */
    private String[] receiptKey() {
        Path file = settings.home().resolve("data").resolve("receipt.key");
        try {
            if (!java.nio.file.Files.exists(file)) {
                java.security.KeyPair pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, base64.encodeToString(pair.getPrivate().getEncoded()) + "\n"
                        + base64.encodeToString(pair.getPublic().getEncoded()) + "\n");
            }
            return java.nio.file.Files.readString(file).strip().split("\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the receipt key in " + file, e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is in every Java 17 runtime", e);
        }
    }

    /** A random 256-bit key in hex, made once per home and kept in {@code data/<name>}. */
    private String secret(String name) {
        Path file = settings.home().resolve("data").resolve(name);
        try {
            if (!java.nio.file.Files.exists(file)) {
                byte[] key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, java.util.HexFormat.of().formatHex(key));
            }
            return java.nio.file.Files.readString(file).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the key in " + file, e);
        }
    }

    private static String databaseOf(String service) {
        return service.endsWith("-service") ? service.substring(0, service.length() - "-service".length()) : service;
    }

    /** The {@code -D} properties a service is started with. */
    Map<String, String> propertiesFor(String service) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", String.valueOf(settings.port(service)));
        properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(databaseOf(service)));
        properties.put("quarkus.datasource.username", postgres.username());
        properties.put("quarkus.datasource.password", postgres.password());
        properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        properties.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        if (!"portal".equals(service)) {
            properties.put("openprocure.actors.pseudonym-key", pseudonymKey());
        }
        if ("bid-service".equals(service)) {
            // Uncollected key shares wait encrypted under this key, kept outside the database.
            properties.put("openprocure.bid.share-wrapping-key", secret("share-wrapping.key"));
            String[] receiptKey = receiptKey();
            properties.put("openprocure.bid.receipt-signing-key", receiptKey[0]);
            properties.put("openprocure.bid.receipt-verify-key", receiptKey[1]);
        }
        if ("tender-service".equals(service) && settings.servicePorts().containsKey("portal")) {
            // The Atom feed links each notice to its page on this stack's portal.
            properties.put("openprocure.tender.portal-url", "http://localhost:" + settings.port("portal"));
        }
        if ("portal".equals(service)) {
            properties.put("quarkus.oidc.client-id", "portal");
            properties.put("quarkus.oidc.credentials.secret", PORTAL_CLIENT_SECRET);
            for (String backend : SERVICES) {
                if (!"portal".equals(backend)) {
                    properties.put("quarkus.rest-client." + backend + ".url", "http://localhost:" + settings.port(backend));
                }
            }
        }
        properties.putAll(settings.extraProperties());
        properties.putAll(settings.servicePropertyOverrides().getOrDefault(service, Map.of()));
        return properties;
    }

    public String baseUrl(String serviceName) {
        return "http://localhost:" + settings.port(serviceName);
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException(name + " is not running in this stack; started: " + services.keySet());
        }
        return service;
    }

    /** Starts a service again (after {@link ServiceProcess#kill()} or to pick up new state) and waits until ready. */
    public ServiceProcess restartService(String name) {
        ServiceProcess service = service(name);
        service.restart();
        everyProcess.put(service.pid(), name);
        writePidFile();
        return service;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public Path home() {
        return settings.home();
    }

    public StackSettings settings() {
        return settings;
    }

    /** Name and pid of every process this stack started (postmaster included), in start order. */
    public Map<String, Long> pids() {
        Map<String, Long> current = new LinkedHashMap<>();
        if (postmasterPid != null) {
            current.put("postgres", postmasterPid);
        }
        if (kafka != null) {
            current.put("kafka", kafka.pid());
        }
        if (keycloak != null) {
            List<ProcessHandle> processes = keycloak.processes();
            current.put("keycloak", processes.get(0).pid());
            for (int i = 1; i < processes.size(); i++) {
                current.put(i == 1 ? "keycloak-jvm" : "keycloak-" + i, processes.get(i).pid());
            }
        }
        services.forEach((name, service) -> current.put(name, service.pid()));
        return current;
    }

    /**
     * Stops the services in reverse order, then Keycloak and Kafka, then PostgreSQL, and checks
     * that no process it started is left; stragglers are killed and reported.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ChildProcesses.beginOrderlyClose();
        try {
            Map<Long, String> all = new LinkedHashMap<>(everyProcess);
            pids().forEach((name, pid) -> all.put(pid, name));
            List<RuntimeException> failures = new ArrayList<>();
            List<String> names = new ArrayList<>(services.keySet());
            for (int i = names.size() - 1; i >= 0; i--) {
                run(services.get(names.get(i))::stop, failures);
            }
            if (keycloak != null) {
                run(keycloak::stop, failures);
            }
            if (kafka != null) {
                run(kafka::stop, failures);
            }
            if (postgres != null) {
                run(postgres::close, failures);
            }
            List<Long> survivors = all.keySet().stream().filter(ChildProcesses::isAlive).collect(Collectors.toList());
            for (long pid : survivors) {
                LOG.log(System.Logger.Level.WARNING, "{0} (pid {1}) outlived the stack; killing it", all.get(pid), String.valueOf(pid));
                ProcessHandle.of(pid).ifPresent(ChildProcesses::kill);
            }
            List<Long> stillAlive = survivors.stream().filter(ChildProcesses::isAlive).collect(Collectors.toList());
            if (!stillAlive.isEmpty()) {
                failures.add(new IllegalStateException("Processes still alive after SIGKILL: " + stillAlive));
            }
            if (!failures.isEmpty()) {
                IllegalStateException failure = new IllegalStateException("Stopping the local stack failed", failures.get(0));
                failures.stream().skip(1).forEach(failure::addSuppressed);
                throw failure;
            }
        } finally {
            ChildProcesses.endOrderlyClose();
        }
    }

    private static void run(Runnable step, List<RuntimeException> failures) {
        try {
            step.run();
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }
}
