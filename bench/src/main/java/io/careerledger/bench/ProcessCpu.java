package io.careerledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time (user + system) of the stack's processes, read from {@code /proc/<pid>/stat}: each process
 * with its descendants, so PostgreSQL counts every backend (and the ones that exited, through the
 * parent's children's times). Clock ticks are the kernel's USER_HZ, 100 on Linux.
 */
final class ProcessCpu {

    private static final double MS_PER_TICK = 10.0;

    private final Map<String, ProcessHandle> processes;

    /** @param processes the root of each measured process, by the name the report gives it */
    ProcessCpu(Map<String, ProcessHandle> processes) {
        this.processes = processes;
    }

    /** CPU milliseconds used so far, by process. */
    Map<String, Double> sample() {
        Map<String, Double> used = new LinkedHashMap<>();
        processes.forEach((name, root) -> used.put(name,
                Stream.concat(Stream.of(root), root.descendants()).mapToLong(process -> ticks(process.pid())).sum() * MS_PER_TICK));
        return used;
    }

    /** Per process, the CPU milliseconds between two samples divided by {@code commands}. */
    static Map<String, Double> perCommand(Map<String, Double> before, Map<String, Double> after, long commands) {
        Map<String, Double> per = new LinkedHashMap<>();
        after.forEach((name, ms) -> per.put(name, Latencies.round((ms - before.getOrDefault(name, 0.0)) / Math.max(1, commands))));
        return per;
    }

    /** utime + stime + cutime + cstime: fields 14 to 17, counted after the command name (which may hold spaces). */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    private static long ticks(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException gone) {
            return 0;   // a process that exited between listing and reading
        }
    }

    /** A closed loop's measured window: CPU sampled as it opens and as it closes. */
    Window window() {
        return new Window();
    }

    final class Window implements CommandLoad.Window {
        private Map<String, Double> opened = Map.of();
        private Map<String, Double> closed = Map.of();

        @Override
        public void opened() {
            opened = sample();
        }

        @Override
        public void closed() {
            closed = sample();
        }

        /** Per process, the CPU milliseconds of the window divided by the commands it completed. */
        Map<String, Double> perCommand(long commands) {
            return ProcessCpu.perCommand(opened, closed, commands);
        }
    }
}
