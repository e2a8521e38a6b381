package org.openprocure.stack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real Kafka broker for the few {@code @QuarkusTest}s that read the topics themselves, from the broker
 * jars deploy/local resolves into {@code target/kafka-libs}:
 *
 * <pre>
 * &#64;QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
 * </pre>
 *
 * One single-node broker on free ports in a temporary directory, with the platform's four topics
 * (init arg {@code topics}, comma-separated, to name others), gone after the tests. Sets
 * {@code kafka.bootstrap.servers}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static final List<String> TOPICS = List.of("procurement.tender", "procurement.bid",
            "procurement.evaluation", "procurement.contract");

    private List<String> topics = TOPICS;
    private KafkaBroker broker;
    private Path home;

    @Override
    public void init(Map<String, String> initArgs) {
        String named = initArgs.get("topics");
        if (named != null && !named.isBlank()) {
            topics = Arrays.stream(named.split(",")).map(String::strip).toList();
        }
    }

    @Override
    public Map<String, String> start() {
        return FreshStarts.start("Kafka for the test", () -> {
            home = Files.createTempDirectory("openprocure-kafka-");
            broker = KafkaBroker.start(home, 0, 0, kafkaLibs());
            broker.createTopics(topics, 3);
            return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
        }, this::stop);
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
        if (home != null) {
            try {
                FileTrees.delete(home);
            } catch (IOException e) {
                // A leftover temporary directory is not worth failing a test run for.
            }
            home = null;
        }
    }

    /** {@code openprocure.kafka.libs}, or deploy/local's {@code target/kafka-libs} found from the working directory up. */
    static Path kafkaLibs() {
        String configured = System.getProperty("openprocure.kafka.libs");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path libs = dir.resolve("deploy/local/target/kafka-libs");
            if (Files.isDirectory(libs)) {
                return libs;
            }
        }
        throw new IllegalStateException("No Kafka broker jars (deploy/local/target/kafka-libs) above "
                + Path.of("").toAbsolutePath() + "; build deploy/local first");
    }
}
