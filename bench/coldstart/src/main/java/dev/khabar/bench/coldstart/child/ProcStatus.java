package dev.khabar.bench.coldstart.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory figures of this process from /proc/self/status (Linux): VmRSS now, VmHWM the peak resident set. */
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
}
