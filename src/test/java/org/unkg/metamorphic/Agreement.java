package org.unkg.metamorphic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.unkg.common.Sha256;
import org.unkg.convert.ConversionException;
import org.unkg.convert.DocumentConverter;
import org.unkg.metamorphic.Originals.Original;
import org.unkg.source.SourceDocument;

/**
 * Converts every variant of every original and compares it with the original's reading ({@link DocumentDigest}):
 * the agreement per kind of variant, with what differed, written to a report file and printed.
 */
final class Agreement {

    /** How many variants agreed, of how many, and the report. */
    record Outcome(int agreed, int total, String report) {
    }

    private Agreement() {
    }

    static Outcome run(List<Original> originals, List<Variant> kinds, DocumentConverter converter, Path reportFile)
            throws IOException {
        Map<String, int[]> tally = new ConcurrentHashMap<>();
        Map<String, Map<String, Integer>> aspects = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> disagreements = new ConcurrentLinkedQueue<>();
        List<Runnable> jobs = new ArrayList<>();
        for (Original o : originals) {
            for (Variant v : kinds) {
                if (v.appliesTo(o.logical())) {
                    jobs.add(() -> check(converter, o, v, tally, aspects, disagreements));
                }
            }
        }
        jobs.parallelStream().forEach(Runnable::run);

        StringBuilder report = new StringBuilder(String.format("%-44s %9s %9s  %s%n", "kind of variant", "agree",
                "of", "differing in"));
        int agreed = 0;
        int total = 0;
        for (Variant v : kinds) {
            int[] t = tally.getOrDefault(v.kind(), new int[3]);
            agreed += t[0];
            total += t[1];
            report.append(String.format("%-44s %9d %9d  %s%s%n", v.kind(), t[0], t[1],
                    aspects.getOrDefault(v.kind(), Map.of()), t[2] > 0 ? " (" + t[2] + " not writable)" : ""));
        }
        report.append(String.format("%-44s %9d %9d%n", "all", agreed, total));
        List<String> sorted = new ArrayList<>(disagreements);
        sorted.sort(null);
        report.append("\n").append(String.join("\n", sorted)).append("\n");
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        Files.writeString(reportFile, report, StandardCharsets.UTF_8);
        System.out.println(report.substring(0, Math.min(report.length(), 20_000)));
        return new Outcome(agreed, total, report.toString());
    }

    private static void check(DocumentConverter converter, Original o, Variant v, Map<String, int[]> tally,
            Map<String, Map<String, Integer>> aspects, ConcurrentLinkedQueue<String> disagreements) {
        int[] t = tally.computeIfAbsent(v.kind(), k -> new int[3]);
        List<String> differences;
        try {
            Optional<Variant.File> file = v.of(o.logical());
            if (file.isEmpty()) {
                synchronized (t) {
                    t[2]++;
                }
                return;
            }
            SourceDocument source = new SourceDocument(Path.of(file.get().name()), file.get().bytes(),
                    Sha256.hex(file.get().bytes()), o.logical().manifestEntry());
            DocumentDigest digest = DocumentDigest.of(converter.convert(source));
            differences = o.digest().differences(digest);
            if (!differences.isEmpty()) {
                Map<String, Integer> a = aspects.computeIfAbsent(v.kind(), k -> new ConcurrentHashMap<>());
                o.digest().aspectsDiffering(digest).forEach(x -> a.merge(x, 1, Integer::sum));
            }
        } catch (ConversionException | RuntimeException e) {
            differences = List.of("not converted: " + e);
            aspects.computeIfAbsent(v.kind(), k -> new ConcurrentHashMap<>()).merge("failed", 1, Integer::sum);
        }
        synchronized (t) {
            t[1]++;
            if (differences.isEmpty()) {
                t[0]++;
            }
        }
        if (!differences.isEmpty()) {
            disagreements.add(v.kind() + " " + o.converted().fileName() + ": " + String.join("; ", differences));
        }
    }
}
