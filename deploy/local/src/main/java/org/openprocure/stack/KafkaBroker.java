package org.openprocure.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A single-node Kafka (KRaft, combined broker and controller) running in its own JVM from the
 * broker jars in {@code kafkaLibsDir}.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path home;
    private final Path logDir;
    private final Path logFile;
    private final Path config;
    private final Path kafkaLibsDir;
    private final int port;
    private final int controllerPort;
    private Process process;

    private KafkaBroker(Path home, Path logFile, int port, int controllerPort, Path kafkaLibsDir) {
        this.home = home;
        this.logDir = home.resolve("data");
        this.logFile = logFile;
        this.config = home.resolve("server.properties");
        this.kafkaLibsDir = kafkaLibsDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Starts a broker with config, data and {@code kafka.log} under {@code home}. */
    public static KafkaBroker start(Path home, int port, int controllerPort, Path kafkaLibsDir) {
        return start(home, port, controllerPort, kafkaLibsDir, home.resolve("kafka.log"));
    }

    /**
     * Starts a broker with config and data under {@code home} and its output in
     * {@code logFile}; port 0 picks a free port. Existing data is kept.
     */
    public static KafkaBroker start(Path home, int port, int controllerPort, Path kafkaLibsDir, Path logFile) {
        Path libs = kafkaLibsDir.toAbsolutePath();
        if (!Files.isDirectory(libs) || !Files.exists(libs.resolve("kafka_2.13-" + kafkaVersion(libs) + ".jar"))) {
            throw new IllegalStateException("No Kafka broker jars in " + libs + "; build deploy/local first (mvn install)");
        }
        int[] chosen = Ports.free(2);
        KafkaBroker broker = new KafkaBroker(home.toAbsolutePath(), logFile.toAbsolutePath(),
                port == 0 ? (chosen[0] == controllerPort ? chosen[1] : chosen[0]) : port,
                controllerPort == 0 ? (chosen[1] == port ? chosen[0] : chosen[1]) : controllerPort, libs);
        broker.launch();
        return broker;
    }

    private static String kafkaVersion(Path libs) {
        try (var files = Files.list(libs)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("kafka_2.13-") && n.endsWith(".jar"))
                    .map(n -> n.substring("kafka_2.13-".length(), n.length() - ".jar".length()))
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private void launch() {
        long started = System.nanoTime();
        try {
            Files.createDirectories(logDir);
            writeConfig();
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Kafka in " + home, e);
        }
        List<String> command = javaCommand("kafka.Kafka", config.toString());
        process = ChildProcesses.start(command, Map.of(), home, logFile);
        boolean ready = Poll.until(this::answers, READY_TIMEOUT, process::isAlive);
        if (!ready) {
            String tail = ChildProcesses.tail(logFile, 50);
            ChildProcesses.kill(process.toHandle());
            throw new IllegalStateException("Kafka did not become ready on port " + port + " (log " + logFile + "):\n" + tail);
        }
        LOG.log(System.Logger.Level.INFO, "Kafka ready on {0} after {1} ms (pid {2})", bootstrapServers(),
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)), String.valueOf(process.pid()));
    }

    private List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                ChildProcesses.javaExecutable().toString(),
                "-Xms128m", "-Xmx512m",
                "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"),
                "-cp", kafkaLibsDir + "/*",
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private void writeConfig() throws IOException {
        String properties = String.join("\n",
                "# Written by KafkaBroker at each start.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=3",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=5",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // Consumers in tests join at once instead of waiting for more members.
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=4",
                "num.recovery.threads.per.data.dir=1",
                "log.retention.hours=-1",
                "")
                ;
        Files.writeString(config, properties, StandardCharsets.UTF_8);
        String log4j = String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "logger.kafka.name = kafka",
                "logger.kafka.level = info",
                "logger.state.name = state.change.logger",
                "logger.state.level = warn",
                "logger.request.name = kafka.request.logger",
                "logger.request.level = warn",
                "");
        Files.writeString(home.resolve("log4j2.properties"), log4j, StandardCharsets.UTF_8);
    }

    private void format() {
        Process formatting = ChildProcesses.start(
                javaCommand("kafka.tools.StorageTool", "format", "-t", newClusterId(), "-c", config.toString()),
                Map.of(), home, logFile);
        boolean done = ChildProcesses.awaitExit(formatting.toHandle(), Duration.ofSeconds(60));
        ChildProcesses.stop(formatting.toHandle(), Duration.ofSeconds(1));
        if (!done || formatting.exitValue() != 0) {
            throw new IllegalStateException("Formatting the Kafka log dir failed (log " + logFile + "):\n"
                    + ChildProcesses.tail(logFile, 30));
        }
    }

    /**
     * A Kafka cluster id: 16 random bytes, URL-safe base64 without padding, never starting with "-" (as Kafka's
     * own {@code Uuid.randomUuid()}): the storage tool would read such an id as an option and refuse to format,
     * once in 64 starts.
     */
    static String newClusterId() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        } while (id.startsWith("-"));
        return id;
    }

    private boolean answers() {
        // A plain TCP probe first: the admin client logs a warning for every refused connection.
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        } catch (IOException e) {
            return false;
        }
        try (Admin admin = admin()) {
            admin.listTopics().names().get(5, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Admin admin() {
        return admin(5000);
    }

    private Admin admin(int timeoutMillis) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis,
                AdminClientConfig.CLIENT_ID_CONFIG, "openprocure-local-stack"));
    }

    /** Creates the topics that do not exist yet; history is kept forever ({@code retention.ms=-1}). */
    public void createTopics(List<String> names, int partitions) {
        // A broker that has just started on a busy machine may take longer than the readiness probe allows.
        try (Admin admin = admin(30_000)) {
            List<NewTopic> topics = names.stream()
                    .map(name -> new NewTopic(name, partitions, (short) 1).configs(Map.of("retention.ms", "-1")))
                    .collect(Collectors.toList());
            var results = admin.createTopics(topics).values();
            for (var entry : results.entrySet()) {
                try {
                    entry.getValue().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + entry.getKey() + ": " + e.getCause(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topics " + names, e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Graceful shutdown (SIGTERM), SIGKILL if it takes longer than 30 s. Data stays. */
    public void stop() {
        if (process != null && process.isAlive()) {
            ChildProcesses.stop(process.toHandle(), STOP_GRACE);
        }
    }

    /** Starts the broker again on the same ports with the same data, after {@link #stop()} or a kill. */
    public void restart() {
        stop();
        launch();
    }

    @Override
    public void close() {
        stop();
    }
}
