package org.openprocure.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to run a {@link LocalStack}: where logs and data go, where the built modules are, which
 * ports and which services. Create with {@link #local} or {@link #forTests} and adjust with the
 * {@code with...} methods.
 *
 * @param home                  logs ({@code logs/}), data ({@code data/}) and the unpacked Keycloak ({@code keycloak/})
 * @param repoRoot              the repository root, to find {@code <module>/target/quarkus-app/quarkus-run.jar}
 * @param servicePorts          HTTP port per service name (see {@link LocalStack#SERVICES})
 * @param externalJdbcUrl       an external PostgreSQL (JDBC URL of a database to connect to for
 *                              {@code create database}), or null for the embedded one
 * @param keepData              keep the embedded PostgreSQL cluster between runs (Kafka and
 *                              Keycloak data always stay in {@code home})
 * @param services              the services to start, in start order
 * @param serviceJvmOptions     JVM options of every service
 * @param extraProperties       more {@code -Dkey=value} for every service
 * @param servicePropertyOverrides more {@code -Dkey=value} per service name
 * @param pidFile               when set, "name pid" lines of every running process, rewritten
 *                              as each one starts (for stop scripts), or null
 */
public record StackSettings(
        Path home,
        Path repoRoot,
        Map<String, Integer> servicePorts,
        int keycloakPort,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        String externalJdbcUrl,
        String externalUser,
        String externalPassword,
        boolean keepData,
        List<String> services,
        String serviceJvmOptions,
        Map<String, String> extraProperties,
        Map<String, Map<String, String>> servicePropertyOverrides,
        Path kafkaLibsDir,
        Path keycloakZip,
        Path realmFile,
        Duration serviceReadyTimeout,
        Path pidFile) {

    public static final String DEFAULT_SERVICE_JVM_OPTIONS = "-Xms64m -Xmx384m -XX:+UseSerialGC";

    /**
     * contract-service's options while the services run with {@link #DEFAULT_SERVICE_JVM_OPTIONS}: its analytics
     * hold a whole history's statistics at once (the red flags) and load it in bulk (the rebuild).
     */
    public static final String DEFAULT_ANALYTICS_JVM_OPTIONS = "-Xms256m -Xmx1g -XX:+UseSerialGC";

    /** The JVM options of one service: {@code serviceJvmOptions}, but contract-service's own with the defaults. */
    public String jvmOptionsFor(String service) {
        return "contract-service".equals(service) && DEFAULT_SERVICE_JVM_OPTIONS.equals(serviceJvmOptions)
                ? DEFAULT_ANALYTICS_JVM_OPTIONS : serviceJvmOptions;
    }

    public StackSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(repoRoot, "repoRoot");
        home = home.toAbsolutePath().normalize();
        repoRoot = repoRoot.toAbsolutePath().normalize();
        servicePorts = Map.copyOf(servicePorts);
        services = List.copyOf(services);
        for (String service : services) {
            if (!LocalStack.SERVICES.contains(service)) {
                throw new IllegalArgumentException("Unknown service " + service + "; known: " + LocalStack.SERVICES);
            }
        }
        extraProperties = Map.copyOf(extraProperties);
        servicePropertyOverrides = Map.copyOf(servicePropertyOverrides);
        serviceJvmOptions = serviceJvmOptions == null ? "" : serviceJvmOptions;
        kafkaLibsDir = kafkaLibsDir == null ? repoRoot.resolve("deploy/local/target/kafka-libs") : kafkaLibsDir;
        keycloakZip = keycloakZip == null ? repoRoot.resolve("deploy/local/target/keycloak/keycloak-quarkus-dist.zip") : keycloakZip;
        realmFile = realmFile == null ? repoRoot.resolve("deploy/keycloak/procurement-realm.json") : realmFile;
        serviceReadyTimeout = serviceReadyTimeout == null ? ServiceProcess.DEFAULT_READY_TIMEOUT : serviceReadyTimeout;
    }

    /** The local platform: portal 8080, services 8081-8084, Keycloak 8180, Kafka 9092/9093, PostgreSQL 5432, data kept. */
    public static StackSettings local(Path home, Path repoRoot) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("portal", 8080);
        ports.put("tender-service", 8081);
        ports.put("bid-service", 8082);
        ports.put("evaluation-service", 8083);
        ports.put("contract-service", 8084);
        return new StackSettings(home, repoRoot, ports, 8180, 9092, 9093, 5432, null, null, null, true,
                LocalStack.SERVICES, DEFAULT_SERVICE_JVM_OPTIONS, Map.of(), Map.of(), null, null, null, null, null);
    }

    /** Free ports for everything, so tests can run beside a local stack; no data kept. */
    public static StackSettings forTests(Path home, Path repoRoot) {
        Set<Integer> taken = new HashSet<>();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String service : LocalStack.SERVICES) {
            ports.put(service, distinctFreePort(taken));
        }
        return new StackSettings(home, repoRoot, ports, distinctFreePort(taken), distinctFreePort(taken),
                distinctFreePort(taken), distinctFreePort(taken), null, null, null, false,
                LocalStack.SERVICES, DEFAULT_SERVICE_JVM_OPTIONS, Map.of(), Map.of(), null, null, null, null, null);
    }

    private static int distinctFreePort(Set<Integer> taken) {
        while (true) {
            int port = Ports.free();
            if (taken.add(port)) {
                return port;
            }
        }
    }

    public int port(String service) {
        Integer port = servicePorts.get(service);
        if (port == null) {
            throw new IllegalArgumentException("No port for " + service);
        }
        return port;
    }

    public boolean usesExternalDatabase() {
        return externalJdbcUrl != null;
    }

    /** Every port shifted by {@code offset}, to run a second stack beside the first. */
    public StackSettings withPortOffset(int offset) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        servicePorts.forEach((service, port) -> ports.put(service, port + offset));
        return new StackSettings(home, repoRoot, ports, keycloakPort + offset, kafkaPort + offset,
                kafkaControllerPort + offset, postgresPort + offset, externalJdbcUrl, externalUser, externalPassword,
                keepData, services, serviceJvmOptions, extraProperties, servicePropertyOverrides, kafkaLibsDir,
                keycloakZip, realmFile, serviceReadyTimeout, pidFile);
    }

    public StackSettings withServices(List<String> services) {
        return new StackSettings(home, repoRoot, servicePorts, keycloakPort, kafkaPort, kafkaControllerPort, postgresPort,
                externalJdbcUrl, externalUser, externalPassword, keepData, services, serviceJvmOptions, extraProperties,
                servicePropertyOverrides, kafkaLibsDir, keycloakZip, realmFile, serviceReadyTimeout, pidFile);
    }

    public StackSettings withServices(String... services) {
        return withServices(List.of(services));
    }

    public StackSettings withExternalDatabase(String jdbcUrl, String user, String password) {
        return new StackSettings(home, repoRoot, servicePorts, keycloakPort, kafkaPort, kafkaControllerPort, postgresPort,
                jdbcUrl, user, password, keepData, services, serviceJvmOptions, extraProperties,
                servicePropertyOverrides, kafkaLibsDir, keycloakZip, realmFile, serviceReadyTimeout, pidFile);
    }

    public StackSettings withKeepData(boolean keepData) {
        return new StackSettings(home, repoRoot, servicePorts, keycloakPort, kafkaPort, kafkaControllerPort, postgresPort,
                externalJdbcUrl, externalUser, externalPassword, keepData, services, serviceJvmOptions, extraProperties,
                servicePropertyOverrides, kafkaLibsDir, keycloakZip, realmFile, serviceReadyTimeout, pidFile);
    }

    public StackSettings withServiceJvmOptions(String options) {
        return new StackSettings(home, repoRoot, servicePorts, keycloakPort, kafkaPort, kafkaControllerPort, postgresPort,
                externalJdbcUrl, externalUser, externalPassword, keepData, services, options, extraProperties,
                servicePropertyOverrides, kafkaLibsDir, keycloakZip, realmFile, serviceReadyTimeout, pidFile);
    }

    /** One more {@code -Dkey=value} for every service. */
    public StackSettings withProperty(String key, String value) {
        Map<String, String> extra = new LinkedHashMap<>(extraProperties);
        extra.put(key, value);
        return new StackSettings(home, repoRoot, servicePorts, keycloakPort, kafkaPort, kafkaControllerPort, postgresPort,
                externalJdbcUrl, externalUser, externalPassword, keepData, services, serviceJvmOptions, extra,
                servicePropertyOverrides, kafkaLibsDir, keycloakZip, realmFile, serviceReadyTimeout, pidFile);
    }

    /** One more {@code -Dkey=value} for one service. */
    public StackSettings withProperty(String service, String key, String value) {
        Map<String, Map<String, String>> overrides = new LinkedHashMap<>(servicePropertyOverrides);
        Map<String, String> forService = new LinkedHashMap<>(overrides.getOrDefault(service, Map.of()));
        forService.put(key, value);
        overrides.put(service, Map.copyOf(forService));
        return new StackSettings(home, repoRoot, servicePorts, keycloakPort, kafkaPort, kafkaControllerPort, postgresPort,
                externalJdbcUrl, externalUser, externalPassword, keepData, services, serviceJvmOptions, extraProperties,
                overrides, kafkaLibsDir, keycloakZip, realmFile, serviceReadyTimeout, pidFile);
    }

    public StackSettings withServiceReadyTimeout(Duration timeout) {
        return new StackSettings(home, repoRoot, servicePorts, keycloakPort, kafkaPort, kafkaControllerPort, postgresPort,
                externalJdbcUrl, externalUser, externalPassword, keepData, services, serviceJvmOptions, extraProperties,
                servicePropertyOverrides, kafkaLibsDir, keycloakZip, realmFile, timeout, pidFile);
    }

    public StackSettings withPidFile(Path pidFile) {
        return new StackSettings(home, repoRoot, servicePorts, keycloakPort, kafkaPort, kafkaControllerPort, postgresPort,
                externalJdbcUrl, externalUser, externalPassword, keepData, services, serviceJvmOptions, extraProperties,
                servicePropertyOverrides, kafkaLibsDir, keycloakZip, realmFile, serviceReadyTimeout, pidFile);
    }

    public StackSettings withPaths(Path kafkaLibsDir, Path keycloakZip, Path realmFile) {
        return new StackSettings(home, repoRoot, servicePorts, keycloakPort, kafkaPort, kafkaControllerPort, postgresPort,
                externalJdbcUrl, externalUser, externalPassword, keepData, services, serviceJvmOptions, extraProperties,
                servicePropertyOverrides, kafkaLibsDir, keycloakZip, realmFile, serviceReadyTimeout, pidFile);
    }
}
