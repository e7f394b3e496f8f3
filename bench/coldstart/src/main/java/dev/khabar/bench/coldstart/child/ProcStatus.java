package dev.khabar.bench.coldstart.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Figures of this process from /proc (Linux): memory from /proc/self/status (VmRSS now, VmHWM the peak resident set),
 * and the CPU each of its threads has run so far, which tells the JIT compiler's share of a cold start from the main
 * thread's.
 */
final class ProcStatus {
    private ProcStatus() {
    }

    /** @return the value in kB, or -1 where /proc is not available */
    static long kb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * @return the nanoseconds each kind of thread has run, {@code name=ns} separated by commas, threads of one kind
     * (the name without its number, e.g. all {@code GC Thread#n}) added up; empty where /proc is not available
     */
    static String cpuByThreadName() {
        Map<String, Long> byName = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("#?\\d+$", "");
                    long ns = Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
                    byName.merge(name, ns, Long::sum);
                } catch (IOException | NumberFormatException e) {
                    // a thread that ended while being read
                }
            }
        } catch (IOException e) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> entry : byName.entrySet()) {
            out.append(out.isEmpty() ? "" : ",").append(entry.getKey()).append('=').append(entry.getValue());
        }
        return out.toString();
    }
}
