package org.openprocure.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceProcessTest {

    @TempDir
    Path tmp;

    @Test
    void startsWithItsPropertiesSurvivesAKillByRestartAndStops() throws Exception {
        Path jar = FakeQuarkusService.writeRunJar(tmp.resolve("tender-service/target/quarkus-app/quarkus-run.jar"));
        int port = Ports.free();
        try (ServiceProcess service = ServiceProcess.start("tender-service", jar, port,
                Map.of("kafka.bootstrap.servers", "127.0.0.1:9092"), tmp.resolve("logs/tender-service.log"), "-Xmx64m")) {
            assertEquals("http://localhost:" + port, service.baseUrl());
            assertEquals(200, Http.status(service.baseUrl() + "/props?kafka.bootstrap.servers"));
            assertEquals(200, Http.status(service.baseUrl() + "/props?quarkus.http.port"));
            long first = service.pid();

            service.kill();
            assertFalse(ChildProcesses.isAlive(first));
            assertEquals(-1, Http.status(service.baseUrl() + "/q/health/ready"));

            service.restart();
            assertNotEquals(first, service.pid());
            assertEquals(200, Http.status(service.baseUrl() + "/q/health/ready"));

            long second = service.pid();
            service.stop();
            assertFalse(ChildProcesses.isAlive(second));
            assertTrue(Files.readString(tmp.resolve("logs/tender-service.log")).contains("fake service stopping"),
                    "stopped gracefully, shutdown hooks ran");
        }
    }

    @Test
    void aServiceThatDiesAtStartupIsReportedWithItsLog() throws Exception {
        Path jar = FakeQuarkusService.writeRunJar(tmp.resolve("bid-service/quarkus-run.jar"));
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> ServiceProcess.start("bid-service",
                jar, Ports.free(), Map.of("fake.fail", "true"), tmp.resolve("logs/bid-service.log"), "",
                Duration.ofSeconds(30)));
        assertTrue(failure.getMessage().contains("bid-service exited during startup"), failure.getMessage());
        assertTrue(failure.getMessage().contains("datasource not reachable"), failure.getMessage());
    }

    @Test
    void aMissingJarIsNamed() {
        Path missing = tmp.resolve("portal/target/quarkus-app/quarkus-run.jar");
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> ServiceProcess.start("portal",
                missing, Ports.free(), Map.of(), tmp.resolve("portal.log"), ""));
        assertTrue(failure.getMessage().contains(missing.toString()), failure.getMessage());
    }
}
