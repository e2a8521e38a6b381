package org.openprocure.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaBrokerTest {

    private static final String TOPIC = "procurement.tender";
    private static final String OCID = "ocds-op7x2k-T-2026-000042";

    @TempDir
    Path home;

    @Test
    void clusterIdsAreNeverReadAsAnOption() {
        // One in 64 random ids would start with "-"; ten thousand make meeting that near certain.
        for (int i = 0; i < 10_000; i++) {
            String id = KafkaBroker.newClusterId();
            assertEquals(22, id.length(), id);
            assertFalse(id.startsWith("-"), id);
        }
    }

    @Test
    void keepsRecordsAcrossARestartAndLeavesNoProcess() throws Exception {
        long firstPid;
        long secondPid;
        try (KafkaBroker broker = KafkaBroker.start(home, 0, 0, TestPaths.kafkaLibs())) {
            firstPid = broker.pid();
            broker.createTopics(List.of(TOPIC, "procurement.bid"), 3);
            broker.createTopics(List.of(TOPIC), 3);
            assertTopicKeepsHistoryForever(broker, TOPIC);

            try (KafkaProducer<String, String> producer = producer(broker)) {
                producer.send(new ProducerRecord<>(TOPIC, OCID, "{\"type\":\"TenderPublished\"}")).get(30, TimeUnit.SECONDS);
            }
            assertEquals(List.of("{\"type\":\"TenderPublished\"}"), readAll(broker, "first-reader"));

            broker.stop();
            assertFalse(broker.isRunning());
            assertFalse(ChildProcesses.isAlive(firstPid));

            broker.restart();
            secondPid = broker.pid();
            assertNotEquals(firstPid, secondPid);
            assertEquals(List.of("{\"type\":\"TenderPublished\"}"), readAll(broker, "second-reader"));
        }
        assertFalse(ChildProcesses.isAlive(secondPid), "broker JVM gone after close");
        assertTrue(ProcessHandle.current().children().noneMatch(p -> p.pid() == firstPid || p.pid() == secondPid));
    }

    private static void assertTopicKeepsHistoryForever(KafkaBroker broker, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            TopicDescription description = admin.describeTopics(Set.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
            assertEquals(3, description.partitions().size());
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            String retention = admin.describeConfigs(Set.of(resource)).all().get(30, TimeUnit.SECONDS)
                    .get(resource).get("retention.ms").value();
            assertEquals("-1", retention);
        }
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }

    /** Reads the topic from offset zero until the one record arrives or 30 s pass. */
    private static List<String> readAll(KafkaBroker broker, String group) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    assertEquals(OCID, record.key());
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
