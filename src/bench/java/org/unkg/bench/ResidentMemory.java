package org.unkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The resident memory of a process, from {@code VmRSS} in {@code /proc/PID/status} (Linux). */
final class ResidentMemory {

    private final Path status;

    ResidentMemory(long pid) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
    }

    /** Kibibytes, or empty if the process is gone or the system has no {@code /proc}. */
    OptionalLong kib() {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone, or not Linux: nothing to report
        }
        return OptionalLong.empty();
    }
}
