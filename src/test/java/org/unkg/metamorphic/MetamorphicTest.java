package org.unkg.metamorphic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.common.IriScheme;
import org.unkg.common.Sha256;
import org.unkg.convert.ConversionException;
import org.unkg.convert.ConvertedDocument;
import org.unkg.convert.DocumentConverter;
import org.unkg.mention.EntityVocabulary;
import org.unkg.mention.MentionFinder;
import org.unkg.rdf.AgendaItems;
import org.unkg.rdf.DocumentGraphWriter;
import org.unkg.rdf.EntityVocabularyReader;
import org.unkg.source.Manifest;
import org.unkg.source.SourceDocument;
import org.unkg.source.SourceFiles;
import org.unkg.structure.LanguageReaders;

/**
 * The metamorphic suite: every Chinese document of {@code data/zh} and every tenth English resolution of
 * {@code data/en-resolutions} (224, from 1946 to 2015) laid out and written otherwise ({@link Variant#all()}), each
 * variant converted and compared with the original's conversion ({@link DocumentDigest}). The agreement per kind of
 * variant is printed and written to {@code target/metamorphic-report.txt}; every variant must agree.
 */
class MetamorphicTest {

    private static final Pattern RESOLUTION_FILE = Pattern.compile("S-RES-(\\d+)\\(\\d{4}\\)\\.txt");
    /** Every tenth resolution by number: all decades, as many from each as the Council adopted then. */
    private static final int EVERY = 10;

    private static final List<Original> originals = new ArrayList<>();
    private static DocumentConverter converter;

    record Original(ConvertedDocument converted, DocumentDigest digest, LogicalDocument logical) {
    }

    @BeforeAll
    static void convertOriginals() throws Exception {
        EntityVocabulary vocabulary = EntityVocabularyReader.fromClasspath();
        converter = new DocumentConverter(LanguageReaders.standard(), new MentionFinder(vocabulary, IriScheme.standard()),
                new DocumentGraphWriter(IriScheme.standard(), AgendaItems.fromClasspath(), "test"));
        Manifest manifest = Manifest.read(Path.of("data/zh/manifest.csv"));
        List<Path> files = new ArrayList<>(SourceFiles.expand(List.of(Path.of("data/zh"))));
        files.addAll(englishSample());
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            SourceDocument source = new SourceDocument(f, bytes, Sha256.hex(bytes), manifest.entryFor(f));
            ConvertedDocument c = converter.convert(source);
            originals.add(new Original(c, DocumentDigest.of(c), LogicalDocument.of(c, source.manifestEntry())));
        }
    }

    static List<Path> englishSample() throws IOException {
        List<Path> all = new ArrayList<>(SourceFiles.expand(List.of(Path.of("data/en-resolutions"))));
        all.sort(Comparator.comparingInt(MetamorphicTest::number));
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += EVERY) {
            sample.add(all.get(i));
        }
        return sample;
    }

    private static int number(Path p) {
        Matcher m = RESOLUTION_FILE.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    @Test
    void everyVariantReadsAsItsOriginal() throws IOException {
        assertTrue(originals.stream().filter(o -> !o.logical().chinese()).count() >= 200, "the English sample");
        List<Variant> kinds = Variant.all();
        Map<String, int[]> tally = new ConcurrentHashMap<>();
        Map<String, Map<String, Integer>> aspects = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> disagreements = new ConcurrentLinkedQueue<>();
        List<Runnable> jobs = new ArrayList<>();
        for (Original o : originals) {
            for (Variant v : kinds) {
                if (v.appliesTo(o.logical())) {
                    jobs.add(() -> check(o, v, tally, aspects, disagreements));
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
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/metamorphic-report.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report.substring(0, Math.min(report.length(), 20_000)));
        assertEquals(total, agreed, "variants that read otherwise than their original: see target/metamorphic-report.txt");
    }

    private static void check(Original o, Variant v, Map<String, int[]> tally, Map<String, Map<String, Integer>> aspects,
            ConcurrentLinkedQueue<String> disagreements) {
        Optional<Variant.File> file = v.of(o.logical());
        int[] t = tally.computeIfAbsent(v.kind(), k -> new int[3]);
        if (file.isEmpty()) {
            synchronized (t) {
                t[2]++;
            }
            return;
        }
        SourceDocument source = new SourceDocument(Path.of(file.get().name()), file.get().bytes(),
                Sha256.hex(file.get().bytes()), o.logical().manifestEntry());
        List<String> differences;
        try {
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
