package org.openprocure.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the built artifacts are, as passed by surefire, with fallbacks for runs from an IDE. */
final class TestPaths {

    private TestPaths() {
    }

    static Path repoRoot() {
        String configured = System.getProperty("openprocure.repo.root");
        if (configured != null && Files.exists(Path.of(configured, "deploy/keycloak/procurement-realm.json"))) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/keycloak/procurement-realm.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path kafkaLibs() {
        return Path.of(System.getProperty("openprocure.kafka.libs", repoRoot().resolve("deploy/local/target/kafka-libs").toString()));
    }

    static Path keycloakZip() {
        return Path.of(System.getProperty("openprocure.keycloak.zip",
                repoRoot().resolve("deploy/local/target/keycloak/keycloak-quarkus-dist.zip").toString()));
    }

    static Path realmFile() {
        return repoRoot().resolve("deploy/keycloak/procurement-realm.json");
    }
}
