package org.openprocure.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole stack with stand-ins for the five packaged applications: real PostgreSQL, Kafka
 * and Keycloak, the wiring each service gets, and nothing left running after close.
 */
class LocalStackTest {

    @TempDir
    Path home;

    @TempDir
    Path fakeRepo;

    @Test
    void startsTheInfrastructureAndServicesWiredTogetherAndStopsEverything() throws Exception {
        for (String service : LocalStack.SERVICES) {
            FakeQuarkusService.writeRunJar(fakeRepo.resolve(service).resolve("target/quarkus-app/quarkus-run.jar"));
        }
        StackSettings settings = StackSettings.forTests(home, fakeRepo)
                .withPaths(TestPaths.kafkaLibs(), TestPaths.keycloakZip(), TestPaths.realmFile())
                .withServiceJvmOptions("-Xmx64m")
                .withProperty("openprocure.test.marker", "all")
                .withProperty("bid-service", "openprocure.test.marker", "bid only");

        List<Long> pids = new ArrayList<>();
        try (LocalStack stack = LocalStack.start(settings)) {
            pids.addAll(stack.pids().values());
            assertTrue(stack.pids().keySet().containsAll(List.of("postgres", "kafka", "keycloak",
                    "tender-service", "bid-service", "evaluation-service", "contract-service", "portal")), stack.pids().toString());
            pids.forEach(pid -> assertTrue(ChildProcesses.isAlive(pid), "pid " + pid + " alive"));

            for (String database : LocalStack.DATABASES) {
                try (Connection connection = stack.postgres().connect(database)) {
                    assertTrue(connection.isValid(5), database);
                }
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()))) {
                Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                assertTrue(topics.containsAll(LocalStack.TOPICS), topics.toString());
            }
            assertEquals("buyer-northvale", KeycloakServer.claimsOf(
                    stack.keycloak().passwordGrantToken("officer.anna", "demo")).get("org"));

            assertEquals(stack.postgres().jdbcUrl("tender"), property(stack, "tender-service", "quarkus.datasource.jdbc.url"));
            assertEquals(stack.postgres().jdbcUrl("contract"), property(stack, "contract-service", "quarkus.datasource.jdbc.url"));
            assertEquals(stack.kafka().bootstrapServers(), property(stack, "evaluation-service", "kafka.bootstrap.servers"));
            assertEquals(stack.keycloak().realmUrl(), property(stack, "bid-service", "quarkus.oidc.auth-server-url"));
            assertEquals("portal", property(stack, "portal", "quarkus.oidc.client-id"));
            assertEquals("portal-demo-secret", property(stack, "portal", "quarkus.oidc.credentials.secret"));
            assertEquals(stack.baseUrl("bid-service"), property(stack, "portal", "quarkus.rest-client.bid-service.url"));
            assertEquals("all", property(stack, "tender-service", "openprocure.test.marker"));
            assertEquals("bid only", property(stack, "bid-service", "openprocure.test.marker"));

            long killed = stack.service("evaluation-service").pid();
            stack.service("evaluation-service").kill();
            assertFalse(ChildProcesses.isAlive(killed));
            stack.restartService("evaluation-service");
            pids.add(stack.service("evaluation-service").pid());
            assertEquals(200, Http.status(stack.baseUrl("evaluation-service") + "/q/health/ready"));
        }
        pids.forEach(pid -> assertFalse(ChildProcesses.isAlive(pid), "pid " + pid + " gone after close"));
        for (int port : List.of(settings.keycloakPort(), settings.kafkaPort(), settings.postgresPort(), settings.port("portal"))) {
            assertTrue(Poll.until(() -> Ports.isFree(port), java.time.Duration.ofSeconds(10), () -> true), "port " + port + " free");
        }
    }

    @Test
    void aTakenPortIsNamedBeforeAnythingStarts() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            StackSettings settings = StackSettings.forTests(home, fakeRepo);
            StackSettings clashing = new StackSettings(settings.home(), settings.repoRoot(), settings.servicePorts(),
                    taken.getLocalPort(), settings.kafkaPort(), settings.kafkaControllerPort(), settings.postgresPort(),
                    null, null, null, false, settings.services(), "", Map.of(), Map.of(), null, null, null, null, null);
            Ports.PortInUseException failure = assertThrows(Ports.PortInUseException.class, () -> LocalStack.start(clashing));
            assertEquals(taken.getLocalPort(), failure.port());
            assertTrue(failure.getMessage().contains("Keycloak"), failure.getMessage());
        }
    }

    private static String property(LocalStack stack, String service, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(
                stack.baseUrl(service) + "/props?" + URLEncoder.encode(key, StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), service + " has " + key);
        return response.body();
    }
}
