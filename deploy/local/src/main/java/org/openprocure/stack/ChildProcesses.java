package org.openprocure.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starting and stopping the child processes of the stack. Every process started here is
 * tracked until stopped, and a shutdown hook ends those that an owner forgot to close, so a
 * test JVM that dies early does not leave brokers and servers behind.
 */
final class ChildProcesses {

    private static final System.Logger LOG = System.getLogger(ChildProcesses.class.getName());
    private static final Set<ProcessHandle> RUNNING = ConcurrentHashMap.newKeySet();
    /** Orderly closes in progress; the hook gives them time before it steps in. */
    private static final Object CLOSING_LOCK = new Object();
    private static int closing;
    private static volatile boolean exiting;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::stopForgotten, "openprocure-child-reaper"));
    }

    private ChildProcesses() {
    }

    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Starts a process with stdout and stderr appended to the log file and no stdin. */
    static Process start(List<String> command, Map<String, String> environment, Path workDir, Path logFile) {
        if (exiting) {
            throw new IllegalStateException("The JVM is shutting down; not starting " + command.get(0));
        }
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            RUNNING.add(process.toHandle());
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command.get(0), e);
        }
    }

    /**
     * SIGTERM to the process, then SIGKILL after the grace period; descendants that outlive
     * their parent get the same treatment. Returns true when all of them ended on SIGTERM.
     */
    static boolean stop(ProcessHandle process, Duration grace) {
        List<ProcessHandle> family = new ArrayList<>();
        family.add(process);
        family.addAll(process.descendants().collect(Collectors.toList()));
        boolean graceful = true;
        process.destroy();
        if (!awaitExit(process, grace)) {
            graceful = false;
            LOG.log(Level.WARNING, "Process {0} did not stop within {1} s; killing it", process.pid(), grace.toSeconds());
            killAll(family);
        }
        for (ProcessHandle member : family) {
            if (member.isAlive()) {
                member.destroy();
                if (!awaitExit(member, Duration.ofSeconds(5))) {
                    graceful = false;
                    kill(member);
                }
            }
        }
        RUNNING.remove(process);
        return graceful;
    }

    /** SIGKILL, for fault tests and for processes that ignore SIGTERM. */
    static void kill(ProcessHandle process) {
        List<ProcessHandle> family = new ArrayList<>();
        family.add(process);
        family.addAll(process.descendants().collect(Collectors.toList()));
        killAll(family);
        RUNNING.remove(process);
    }

    private static void killAll(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(p -> awaitExit(p, Duration.ofSeconds(10)));
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    /**
     * Whether the process still runs. A zombie does not count: a daemonised process such as
     * the postmaster is reaped by init, which may take a moment after it exited.
     */
    static boolean isAlive(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            // Format: pid (comm) state ...; comm may itself contain spaces and parentheses.
            int end = stat.lastIndexOf(')');
            return end < 0 || end + 2 >= stat.length() || stat.charAt(end + 2) != 'Z';
        } catch (IOException e) {
            // No /proc entry: the process is gone, or this is not Linux and the handle is all we know.
            return Files.isDirectory(Path.of("/proc", "self")) ? false : true;
        }
    }

    /** Polls {@link #isAlive(long)} until the process is gone or the timeout passes. */
    static boolean awaitGone(long pid, Duration timeout) {
        return Poll.until(() -> !isAlive(pid), timeout, () -> true);
    }

    /** The last lines of a log, for error messages when a process fails to come up. */
    static String tail(Path logFile, int lines) {
        if (!Files.exists(logFile)) {
            return "(no log at " + logFile + ")";
        }
        Deque<String> last = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(logFile, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + logFile + ": " + e.getMessage() + ")";
        }
        return String.join(System.lineSeparator(), last);
    }

    static void beginOrderlyClose() {
        synchronized (CLOSING_LOCK) {
            closing++;
        }
    }

    static void endOrderlyClose() {
        synchronized (CLOSING_LOCK) {
            closing--;
            CLOSING_LOCK.notifyAll();
        }
    }

    private static void stopForgotten() {
        exiting = true;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        synchronized (CLOSING_LOCK) {
            while (closing > 0 && System.nanoTime() < deadline) {
                try {
                    CLOSING_LOCK.wait(500);
                } catch (InterruptedException e) {
                    break;
                }
            }
        }
        List<ProcessHandle> left = RUNNING.stream().filter(ProcessHandle::isAlive).collect(Collectors.toList());
        left.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : left) {
            if (!awaitExit(process, Duration.ofSeconds(15))) {
                kill(process);
            }
        }
    }
}
