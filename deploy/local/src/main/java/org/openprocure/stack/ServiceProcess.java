package org.openprocure.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A Quarkus service run from its {@code quarkus-run.jar} in its own JVM. */
public final class ServiceProcess implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ServiceProcess.class.getName());
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> properties;
    private final Path logFile;
    private final String jvmOptions;
    private final Duration readyTimeout;
    private Process process;

    private ServiceProcess(String name, Path jar, int port, Map<String, String> properties, Path logFile,
                           String jvmOptions, Duration readyTimeout) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.properties = properties;
        this.logFile = logFile;
        this.jvmOptions = jvmOptions == null ? "" : jvmOptions;
        this.readyTimeout = readyTimeout;
    }

    public static ServiceProcess start(String name, Path quarkusRunJar, int port, Map<String, String> quarkusProperties,
                                       Path logFile, String jvmOptions) {
        return start(name, quarkusRunJar, port, quarkusProperties, logFile, jvmOptions, DEFAULT_READY_TIMEOUT);
    }

    /**
     * Runs {@code java <jvmOptions> -Dkey=value... -jar quarkus-run.jar} and waits until
     * {@code /q/health/ready} answers 200.
     *
     * @throws IllegalStateException with the last 50 log lines when the service exits or is not
     *                               ready in time (it is then killed)
     */
    public static ServiceProcess start(String name, Path quarkusRunJar, int port, Map<String, String> quarkusProperties,
                                       Path logFile, String jvmOptions, Duration readyTimeout) {
        Path jar = quarkusRunJar.toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + " for " + name + "; package it first (mvn install)");
        }
        Map<String, String> properties = new LinkedHashMap<>(quarkusProperties);
        properties.put("quarkus.http.port", String.valueOf(port));
        ServiceProcess service = new ServiceProcess(name, jar, port, Map.copyOf(properties), logFile.toAbsolutePath(),
                jvmOptions, readyTimeout);
        service.launch();
        return service;
    }

    private void launch() {
        long started = System.nanoTime();
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaExecutable().toString());
        Arrays.stream(jvmOptions.trim().split("\\s+")).filter(o -> !o.isEmpty()).forEach(command::add);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        // The log folder as working directory, so no config/application.properties or .env
        // from wherever the caller stands leaks into the service's configuration.
        process = ChildProcesses.start(command, Map.of(), logFile.getParent(), logFile);
        boolean ready = Http.awaitOk(baseUrl() + "/q/health/ready", readyTimeout, process::isAlive);
        if (!ready) {
            boolean died = !process.isAlive();
            ChildProcesses.kill(process.toHandle());
            String tail = ChildProcesses.tail(logFile, 50);
            throw new IllegalStateException(name + (died ? " exited during startup" : " was not ready within " + readyTimeout.toSeconds() + " s")
                    + " (log " + logFile + "); last lines:\n" + tail);
        }
        LOG.log(System.Logger.Level.INFO, "{0} ready at {1} after {2} ms (pid {3})", name, baseUrl(),
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)), String.valueOf(process.pid()));
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Graceful shutdown (SIGTERM), SIGKILL after 30 s. */
    public void stop() {
        if (process != null && process.isAlive()) {
            ChildProcesses.stop(process.toHandle(), STOP_GRACE);
        }
    }

    /** SIGKILL at once, as a crash would end it. */
    public void kill() {
        if (process != null && process.isAlive()) {
            ChildProcesses.kill(process.toHandle());
        }
    }

    /** Starts the service again with the same port and properties, stopping it first if it runs. */
    public void restart() {
        stop();
        launch();
    }

    @Override
    public void close() {
        stop();
    }
}
