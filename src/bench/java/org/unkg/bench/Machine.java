package org.unkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** What the figures were measured on: processor, cores, memory, system, JVM and when. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = procLine(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
        String memory = procLine(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> Report.num(Long.parseLong(v.replaceAll("\\D", "")) / 1024.0 / 1024.0, 1) + " GiB")
                .orElse("unknown");
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " memory, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.runtime.version") + "; " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Optional<String> procLine(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
