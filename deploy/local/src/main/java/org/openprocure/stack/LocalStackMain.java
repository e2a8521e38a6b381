package org.openprocure.stack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.logging.LogManager;

/**
 * Command line of the local platform:
 *
 * <pre>
 * LocalStackMain start  [--home DIR] [--repo DIR]   run the stack until SIGTERM (the supervisor)
 * LocalStackMain stop   [--home DIR]                SIGTERM to the supervisor, wait for it
 * LocalStackMain status [--home DIR]                which of the recorded processes live
 * LocalStackMain demo-users [--repo DIR]            the demo logins of the realm file, as a table
 * </pre>
 *
 * The supervisor keeps {@code <home>/run/}: {@code supervisor.pid}, {@code pids} ("name pid"
 * per line, every process it started) and {@code ready} (the URLs, written once all is up).
 * Environment: {@code OPENPROCURE_HOME}, {@code OPENPROCURE_DB_URL}, {@code OPENPROCURE_DB_USER},
 * {@code OPENPROCURE_DB_PASSWORD}, {@code OPENPROCURE_PORT_OFFSET} (added to every default port).
 */
public final class LocalStackMain {

    private static final System.Logger LOG = System.getLogger(LocalStackMain.class.getName());

    private LocalStackMain() {
    }

    public static void main(String[] args) {
        configureLogging();
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        Map<String, String> options = options(args);
        Path repo = Path.of(options.getOrDefault("--repo", System.getProperty("openprocure.repo", findRepoRoot().toString())))
                .toAbsolutePath().normalize();
        Path home = Path.of(options.getOrDefault("--home", Optional.ofNullable(System.getenv("OPENPROCURE_HOME"))
                .orElse(repo.resolve(".local").toString()))).toAbsolutePath().normalize();
        int exit;
        switch (args[0]) {
            case "start":
                exit = start(home, repo);
                break;
            case "stop":
                exit = stop(home);
                break;
            case "status":
                exit = status(home);
                break;
            case "demo-users":
                exit = demoUsers(repo.resolve("deploy/keycloak/procurement-realm.json"));
                break;
            default:
                usage();
                exit = 2;
        }
        System.exit(exit);
    }

    private static int start(Path home, Path repo) {
        Path run = home.resolve("run");
        Optional<Long> running = readPid(run.resolve("supervisor.pid")).filter(ChildProcesses::isAlive);
        if (running.isPresent() && running.get() != ProcessHandle.current().pid()) {
            System.out.println("OpenProcure is already running from " + home + " (supervisor pid " + running.get() + ")");
            return 0;
        }
        StackSettings settings = StackSettings.local(home, repo).withPidFile(run.resolve("pids"));
        String offset = System.getenv("OPENPROCURE_PORT_OFFSET");
        if (offset != null && !offset.isBlank()) {
            settings = settings.withPortOffset(Integer.parseInt(offset.trim()));
        }
        String jvmOptions = System.getenv("OPENPROCURE_SERVICE_JVM_OPTIONS");
        if (jvmOptions != null && !jvmOptions.isBlank()) {
            settings = settings.withServiceJvmOptions(jvmOptions.trim());
        }
        String dbUrl = System.getenv("OPENPROCURE_DB_URL");
        if (dbUrl != null && !dbUrl.isBlank()) {
            settings = settings.withExternalDatabase(dbUrl, System.getenv().getOrDefault("OPENPROCURE_DB_USER", "postgres"),
                    System.getenv().getOrDefault("OPENPROCURE_DB_PASSWORD", ""));
        }
        // The local platform's clocks can be moved ahead (POST /api/clock/advance) to show a deadline
        // passing; on a new home they start in the past, so that the demo data can create its history.
        boolean demoSeeded = Files.exists(home.resolve(DemoData.SEEDED_MARKER));
        for (String service : DemoData.CLOCKED) {
            settings = settings.withProperty(service, "openprocure.clock.adjustable", "true");
            if (!demoSeeded) {
                settings = settings.withProperty(service, "openprocure.clock.starts-behind", DemoData.HISTORY.toString());
            }
        }
        // Decoy moves follow the server's clock; frequent looks let the demo's history have its decoys too.
        settings = settings.withProperty("bid-service", "openprocure.bid.decoys.check-every", "0.5s");
        // A standstill that the moved clock lets run out is confirmed within a second.
        settings = settings.withProperty("evaluation-service", "openprocure.evaluation.standstill-watch.every", "1s");
        try {
            Files.createDirectories(run);
            Files.deleteIfExists(run.resolve("ready"));
            writeAtomically(run.resolve("supervisor.pid"), ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Holder holder = new Holder();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.log(System.Logger.Level.INFO, "Stopping OpenProcure");
            deleteQuietly(run.resolve("ready"));
            synchronized (holder) {
                holder.stopping = true;
                if (holder.stack != null) {
                    try {
                        holder.stack.close();
                        // Verified gone, so stop.sh has nothing to check (and no reused pid to hit).
                        deleteQuietly(run.resolve("pids"));
                        LOG.log(System.Logger.Level.INFO, "Stopped; no process left");
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.ERROR, "Stopping failed", e);
                    }
                }
            }
            deleteQuietly(run.resolve("supervisor.pid"));
            stopped.countDown();
        }, "openprocure-stop"));

        LOG.log(System.Logger.Level.INFO, "Starting OpenProcure from {0}, home {1}", repo, home);
        LocalStack stack;
        try {
            stack = LocalStack.start(settings);
        } catch (RuntimeException e) {
            synchronized (holder) {
                if (holder.stopping) {
                    LOG.log(System.Logger.Level.INFO, "Start abandoned: stopped while starting");
                    return 1;
                }
            }
            LOG.log(System.Logger.Level.ERROR, "OpenProcure failed to start: " + e.getMessage(), e);
            System.err.println("OpenProcure failed to start: " + e.getMessage());
            return 1;
        }
        synchronized (holder) {
            if (holder.stopping) {
                stack.close();
                return 1;
            }
            holder.stack = stack;
        }
        if (seedDemoData(stack)) {
            writeAtomically(home.resolve(DemoData.SEEDED_MARKER), "seeded\n");
        }
        writeAtomically(run.resolve("ready"), readyText(stack));
        LOG.log(System.Logger.Level.INFO, "OpenProcure is ready: {0}", stack.baseUrl("portal"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static final class Holder {
        LocalStack stack;
        boolean stopping;
    }

    private static String readyText(LocalStack stack) {
        Map<String, String> urls = new LinkedHashMap<>();
        StackSettings settings = stack.settings();
        for (String service : settings.services()) {
            urls.put(service, stack.baseUrl(service));
        }
        urls.put("keycloak", stack.keycloak().baseUrl());
        urls.put("keycloak.realm", stack.keycloak().realmUrl());
        urls.put("kafka", stack.kafka().bootstrapServers());
        urls.put("postgres", stack.postgres().jdbcUrl("postgres"));
        StringBuilder text = new StringBuilder();
        urls.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    /** Demo tenders for a new platform; a failure leaves the platform running without them. */
    private static boolean seedDemoData(LocalStack stack) {
        try {
            DemoData.seed(stack);
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Seeding demo data failed; the platform runs without it", e);
            return false;
        }
    }

    private static int stop(Path home) {
        Path run = home.resolve("run");
        List<Long> recorded = readPids(run.resolve("pids"));
        Optional<Long> supervisor = readPid(run.resolve("supervisor.pid"));
        supervisor.flatMap(ProcessHandle::of).ifPresent(process -> {
            System.out.println("Stopping supervisor " + process.pid());
            process.destroy();
            if (!ChildProcesses.awaitExit(process, Duration.ofSeconds(60))) {
                System.out.println("Supervisor did not stop within 60 s; killing it");
                process.destroyForcibly();
            }
        });
        List<Long> survivors = new ArrayList<>();
        for (long pid : recorded) {
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(process -> {
                survivors.add(pid);
                process.destroyForcibly();
                ChildProcesses.awaitExit(process, Duration.ofSeconds(10));
            });
        }
        if (!survivors.isEmpty()) {
            System.out.println("Killed leftover processes: " + survivors);
        }
        boolean clean = recorded.stream().noneMatch(ChildProcesses::isAlive);
        if (clean) {
            deleteQuietly(run.resolve("pids"));
            deleteQuietly(run.resolve("ready"));
            deleteQuietly(run.resolve("supervisor.pid"));
            System.out.println("stopped, no process left");
            return 0;
        }
        System.out.println("Some processes could not be stopped: " + recorded.stream().filter(ChildProcesses::isAlive).toList());
        return 1;
    }

    private static int status(Path home) {
        Path run = home.resolve("run");
        Optional<Long> supervisor = readPid(run.resolve("supervisor.pid")).filter(ChildProcesses::isAlive);
        if (supervisor.isEmpty()) {
            System.out.println("OpenProcure is not running from " + home);
            return 3;
        }
        System.out.println("supervisor " + supervisor.get() + " running" + (Files.exists(run.resolve("ready")) ? ", ready" : ", starting"));
        try {
            if (Files.exists(run.resolve("pids"))) {
                for (String line : Files.readAllLines(run.resolve("pids"))) {
                    String[] parts = line.trim().split("\\s+");
                    if (parts.length == 2) {
                        System.out.println(parts[0] + " " + parts[1] + (ChildProcesses.isAlive(Long.parseLong(parts[1])) ? " running" : " GONE"));
                    }
                }
            }
            if (Files.exists(run.resolve("ready"))) {
                System.out.print(Files.readString(run.resolve("ready")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** Prints username, role, organisation and name of every user in the realm file. */
    @SuppressWarnings("unchecked")
    private static int demoUsers(Path realmFile) {
        Map<String, Object> realm;
        try {
            realm = Json.parseObject(Files.readString(realmFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("Cannot read " + realmFile + ": " + e.getMessage());
            return 1;
        }
        List<String> roles = List.of("officer", "supplier", "evaluator", "auditor");
        System.out.printf("    %-20s %-10s %-20s %s%n", "username", "role", "org", "organisation");
        for (Object entry : (List<Object>) realm.getOrDefault("users", List.of())) {
            Map<String, Object> user = (Map<String, Object>) entry;
            Map<String, Object> attributes = (Map<String, Object>) user.getOrDefault("attributes", Map.of());
            String role = ((List<Object>) user.getOrDefault("realmRoles", List.of())).stream()
                    .map(String::valueOf).filter(roles::contains).findFirst().orElse("");
            System.out.printf("    %-20s %-10s %-20s %s (%s %s)%n", user.get("username"), role,
                    first(attributes.get("org")), first(attributes.get("orgName")), user.get("firstName"), user.get("lastName"));
        }
        return 0;
    }

    private static String first(Object values) {
        return values instanceof List && !((List<?>) values).isEmpty() ? String.valueOf(((List<?>) values).get(0)) : "";
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<Long> readPids(Path file) {
        List<Long> pids = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2) {
                    pids.add(Long.parseLong(parts[1]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return pids;
        }
        return pids;
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete " + file);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("Unexpected argument " + args[i]);
            }
        }
        return options;
    }

    /** The repository root: the nearest directory upwards holding deploy/keycloak/procurement-realm.json. */
    private static Path findRepoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("deploy/keycloak/procurement-realm.json"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        return Path.of("").toAbsolutePath();
    }

    /** One line per record, and the Kafka client's configuration dumps kept out of the log. */
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        String config = String.join("\n",
                "handlers=java.util.logging.ConsoleHandler",
                ".level=INFO",
                "java.util.logging.ConsoleHandler.level=ALL",
                "java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter",
                "java.util.logging.SimpleFormatter.format=%1$tF %1$tT %4$-7s [%3$s] %5$s%6$s%n",
                "org.apache.kafka.level=WARNING",
                "io.zonky.level=WARNING",
                "");
        try {
            LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void usage() {
        System.err.println("usage: LocalStackMain start|stop|status [--home DIR] [--repo DIR]");
    }
}
