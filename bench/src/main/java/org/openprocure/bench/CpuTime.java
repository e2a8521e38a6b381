package org.openprocure.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** CPU time from /proc (Linux): of one process, of all PostgreSQL processes, and of the whole machine. */
record CpuTime(long bidServiceTicks, long postgresTicks, long machineBusyTicks, long machineTotalTicks) {

    /** The kernel's clock ticks per second, USER_HZ, which is 100 on Linux. */
    static final double TICKS_PER_SECOND = 100.0;

    static CpuTime now(String bidServicePid) {
        long postgres = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                try {
                    if (Files.readString(process.resolve("comm")).strip().equals("postgres")) {
                        postgres += ticksOf(process);
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
            List<String> machine = List.of(Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+"));
            long total = 0;
            for (int i = 1; i < Math.min(machine.size(), 9); i++) {
                total += Long.parseLong(machine.get(i));
            }
            long idle = Long.parseLong(machine.get(4)) + Long.parseLong(machine.get(5));
            long bid = bidServicePid == null ? 0 : ticksOf(Path.of("/proc", bidServicePid));
            return new CpuTime(bid, postgres, total - idle, total);
        } catch (IOException e) {
            return new CpuTime(0, 0, 0, 0);
        }
    }

    private static long ticksOf(Path process) throws IOException {
        String stat = Files.readString(process.resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime are fields 14 and 15 of /proc/<pid>/stat, the 12th and 13th after the name
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** What was spent between two readings, per accepted request and as a share of the machine. */
    String since(CpuTime before, int accepted) {
        double bid = (bidServiceTicks - before.bidServiceTicks) / TICKS_PER_SECOND * 1000 / Math.max(1, accepted);
        double db = (postgresTicks - before.postgresTicks) / TICKS_PER_SECOND * 1000 / Math.max(1, accepted);
        double busy = 100.0 * (machineBusyTicks - before.machineBusyTicks)
                / Math.max(1, machineTotalTicks - before.machineTotalTicks);
        return String.format("bid_service_cpu_ms=%.2f postgres_cpu_ms=%.2f machine_busy=%.0f%%", bid, db, busy);
    }
}
