package org.openprocure.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keycloak in development mode ({@code kc.sh start-dev}) from the {@code keycloak-quarkus-dist}
 * zip, with the procurement realm imported from the realm file.
 *
 * <p>A fresh Keycloak spends about a minute on its first start (Quarkus re-augmentation, schema
 * creation, realm import). That work is done once per realm file in a prepared copy next to the
 * zip, and new homes start from a copy of it, which brings a first start down to a plain start.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KeycloakServer.class.getName());
    static final String CLI_CLIENT = "openprocure-cli";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final String DATABASE_FILE = "keycloakdb.mv.db";

    private final Path distribution;
    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final int managementPort;
    private final String realm;
    private Path realmFile;
    private Process process;

    private KeycloakServer(Path distribution, Path dataDir, Path logFile, int port, String realm) {
        this.distribution = distribution;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.port = port;
        this.managementPort = Ports.free();
        this.realm = realm;
    }

    /** Starts Keycloak with the distribution, its database and {@code keycloak.log} under {@code home}. */
    public static KeycloakServer start(Path home, int port, Path realmFile, Path keycloakZip) {
        return start(home, port, realmFile, keycloakZip, home.resolve("data"), home.resolve("keycloak.log"));
    }

    /**
     * Starts Keycloak with the distribution unpacked under {@code home}, its H2 database in
     * {@code dataDir} and its output in {@code logFile}; port 0 picks a free port. An existing
     * database is kept: Keycloak skips the import of a realm it already has.
     */
    public static KeycloakServer start(Path home, int port, Path realmFile, Path keycloakZip, Path dataDir, Path logFile) {
        Path zip = keycloakZip.toAbsolutePath();
        Path realmJson = realmFile.toAbsolutePath();
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("No Keycloak distribution at " + zip + "; build deploy/local first (mvn install)");
        }
        String realm = realmName(realmJson);
        Path template = preparedTemplate(zip, realmJson, realm);
        Path distribution = installDistribution(home.toAbsolutePath(), template.resolve("dist"));
        Path data = dataDir.toAbsolutePath();
        copyDatabaseIfMissing(template.resolve("db"), data);
        KeycloakServer server = new KeycloakServer(distribution, data, logFile.toAbsolutePath(),
                port == 0 ? Ports.free() : port, realm);
        server.launch(realmJson, START_TIMEOUT);
        return server;
    }

    private void launch(Path realmFile, Duration timeout) {
        this.realmFile = realmFile;
        long started = System.nanoTime();
        try {
            Path importDir = distribution.resolve("data/import");
            Files.createDirectories(importDir);
            Files.createDirectories(dataDir);
            Files.copy(realmFile, importDir.resolve(realm + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Keycloak in " + distribution, e);
        }
        List<String> command = List.of("bash", distribution.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--import-realm",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                // A fixed issuer, whether a client calls localhost or 127.0.0.1.
                "--hostname=http://localhost:" + port,
                "--db-url=jdbc:h2:file:" + dataDir.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        process = ChildProcesses.start(command, environment, distribution, logFile);
        boolean ready = Http.awaitOk(realmUrl() + "/.well-known/openid-configuration", timeout, process::isAlive);
        if (!ready) {
            String tail = ChildProcesses.tail(logFile, 50);
            ChildProcesses.kill(process.toHandle());
            throw new IllegalStateException("Keycloak did not become ready on port " + port + " (log " + logFile + "):\n" + tail);
        }
        LOG.log(System.Logger.Level.INFO, "Keycloak ready at {0} after {1} ms (pid {2})", realmUrl(),
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)), String.valueOf(process.pid()));
    }

    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + realm;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /**
     * An access token for a user by the password grant of the public client
     * {@code openprocure-cli}.
     *
     * @throws TokenRefusedException when Keycloak refuses the credentials
     */
    public String passwordGrantToken(String username, String password) {
        String form = "grant_type=password&scope=openid"
                + "&client_id=" + encode(CLI_CLIENT)
                + "&username=" + encode(username)
                + "&password=" + encode(password);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + realmUrl() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during token request", e);
        }
        Map<String, Object> body;
        try {
            body = Json.parseObject(response.body());
        } catch (IllegalArgumentException e) {
            body = Map.of();
        }
        if (response.statusCode() != 200 || !(body.get("access_token") instanceof String)) {
            throw new TokenRefusedException(response.statusCode(), String.valueOf(body.getOrDefault("error", response.body())));
        }
        return (String) body.get("access_token");
    }

    /** The claims of a JWT's payload, without checking its signature (for tests and tools). */
    public static Map<String, Object> claimsOf(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return Json.parseObject(payload);
    }

    /** The pid of the {@code kc.sh} process; Keycloak's JVM is that process or its child. */
    public long pid() {
        return process.pid();
    }

    /** {@code kc.sh} and the JVM it runs. */
    List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        all.addAll(process.descendants().collect(Collectors.toList()));
        return all;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Graceful shutdown (SIGTERM, forwarded by kc.sh), SIGKILL after 30 s. */
    public void stop() {
        if (process != null && process.isAlive()) {
            ChildProcesses.stop(process.toHandle(), STOP_GRACE);
        }
    }

    /**
     * Starts Keycloak again on the same port with the same database, after {@link #stop()} or a crash: the realm,
     * its users and its signing keys are kept, so tokens issued before stay valid.
     */
    public void restart() {
        stop();
        launch(realmFile, START_TIMEOUT);
    }

    @Override
    public void close() {
        stop();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String realmName(Path realmFile) {
        try {
            Object name = Json.parseObject(Files.readString(realmFile, StandardCharsets.UTF_8)).get("realm");
            if (!(name instanceof String)) {
                throw new IllegalArgumentException("The realm file has no \"realm\" name: " + realmFile);
            }
            return (String) name;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read realm file " + realmFile, e);
        }
    }

    // ---- prepared template -------------------------------------------------------------

    /**
     * The prepared copy for this zip and realm file: a distribution that has been augmented
     * and a database with the realm imported. Built on first use, under a file lock so that
     * parallel builds share one.
     */
    private static Path preparedTemplate(Path zip, Path realmFile, String realm) {
        Path cache = zip.getParent().resolve("prepared");
        String key = templateKey(zip, realmFile);
        Path template = cache.resolve(key);
        if (Files.exists(template.resolve("ready"))) {
            return template;
        }
        try {
            Files.createDirectories(cache);
            try (FileChannel channel = FileChannel.open(cache.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (Files.exists(template.resolve("ready"))) {
                    return template;
                }
                LOG.log(System.Logger.Level.INFO, "Preparing Keycloak once for this realm file in {0} (first start, about two minutes)", template);
                FileTrees.delete(template);
                try (Stream<Path> old = Files.list(cache)) {
                    for (Path stale : old.filter(Files::isDirectory).collect(Collectors.toList())) {
                        FileTrees.delete(stale);
                    }
                }
                Path dist = unzip(zip, template.resolve("dist"));
                KeycloakServer builder = new KeycloakServer(dist, template.resolve("db"), template.resolve("prepare.log"),
                        Ports.free(), realm);
                try {
                    builder.launch(realmFile, Duration.ofMinutes(6));
                } finally {
                    builder.stop();
                }
                Files.createFile(template.resolve("ready"));
                return template;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Keycloak in " + template, e);
        }
    }

    private static String templateKey(Path zip, Path realmFile) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(zip.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Long.toString(Files.size(zip)).getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(realmFile));
            return "realm-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The distribution under {@code home}, copied from the template unless already there. */
    private static Path installDistribution(Path home, Path templateDist) {
        try {
            Path source = singleDirectory(templateDist);
            Path target = home.resolve(source.getFileName());
            if (!Files.exists(target.resolve("bin/kc.sh"))) {
                FileTrees.delete(target);
                FileTrees.copy(source, target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not install Keycloak under " + home, e);
        }
    }

    private static void copyDatabaseIfMissing(Path templateDb, Path dataDir) {
        try {
            if (Files.exists(dataDir.resolve(DATABASE_FILE))) {
                return;
            }
            Files.createDirectories(dataDir);
            try (Stream<Path> files = Files.list(templateDb)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).collect(Collectors.toList())) {
                    Files.copy(file, dataDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the Keycloak database to " + dataDir, e);
        }
    }

    /** Unzips keeping the Unix permissions stored in the zip (kc.sh must stay executable). */
    private static Path unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (FileSystem zipFs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
            Path root = zipFs.getPath("/");
            try (Stream<Path> entries = Files.walk(root)) {
                for (Path entry : entries.collect(Collectors.toList())) {
                    Path out = target.resolve(root.relativize(entry).toString());
                    if (Files.isDirectory(entry)) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(entry, out, StandardCopyOption.REPLACE_EXISTING);
                        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(entry);
                        if (!permissions.isEmpty()) {
                            Files.setPosixFilePermissions(out, permissions);
                        }
                    }
                }
            }
        }
        return singleDirectory(target);
    }

    private static Path singleDirectory(Path parent) throws IOException {
        try (Stream<Path> children = Files.list(parent)) {
            List<Path> dirs = children.filter(Files::isDirectory).collect(Collectors.toList());
            if (dirs.size() != 1) {
                throw new IOException("Expected one Keycloak directory in " + parent + ", found " + dirs);
            }
            return dirs.get(0);
        }
    }

    /** Keycloak refused a token request, e.g. for a wrong password. */
    public static final class TokenRefusedException extends RuntimeException {
        private final int status;
        private final String error;

        TokenRefusedException(int status, String error) {
            super("Keycloak refused the token request: HTTP " + status + " " + error);
            this.status = status;
            this.error = error;
        }

        public int status() {
            return status;
        }

        public String error() {
            return error;
        }
    }
}
