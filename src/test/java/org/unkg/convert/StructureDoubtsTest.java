package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.cli.Main;
import org.unkg.source.SourceDocument;
import org.unkg.source.SourceReader;
import org.unkg.structure.Block;
import org.unkg.text.PageNoiseFilter;
import org.unkg.text.SourceLine;
import org.unkg.text.SourceLines;
import org.unkg.text.TextNormalizer;
import picocli.CommandLine;

/**
 * A document whose structure the readers had to guess says so, in a warning that names the file and the guess, which
 * {@code convert} prints and counts in its {@code --json} summary; and no text is dropped: every character of a
 * bundled document that is not page furniture reaches a paragraph or a header line.
 */
class StructureDoubtsTest {

    @Test
    void aGuessedStructureIsWarnedOfAndCounted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("odd.txt"), """
                The Security Council,

                Having considered the matter before it,

                1. Decides to remain seized of the matter.
                """, StandardCharsets.UTF_8);
        Files.copy(Path.of("data/en-resolutions/S-RES-1373(2001).txt"), dir.resolve("S-RES-1373(2001).txt"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("convert", "--json", "--out", dir.resolve("out.nq").toString(), dir.toString());
        String printed = err.toString();
        assertEquals(0, status, printed);
        assertTrue(printed.contains("warning: odd.txt: uncertain structure: type guessed"), printed);
        assertTrue(printed.contains("odd.txt: uncertain structure: no adoption line found"), printed);
        assertTrue(!printed.contains("S-RES-1373(2001).txt: uncertain"), printed);
        String json = out.toString();
        JsonObject summary = Json.createReader(new StringReader(json.substring(json.indexOf('{')))).readObject();
        assertEquals(1, summary.getInt("uncertain"), json);
        assertEquals(2, summary.getInt("converted"), json);
    }

    @Test
    void noTextOfTheBundledDocumentsIsDropped() throws Exception {
        DocumentConverter converter = Converters.converter();
        SourceReader sources = new SourceReader();
        PageNoiseFilter noise = new PageNoiseFilter();
        List<Path> files = new java.util.ArrayList<>(org.unkg.source.SourceFiles.expand(List.of(Converters.ZH,
                Converters.EN)));
        List<String> lost = new java.util.concurrent.CopyOnWriteArrayList<>();
        files.parallelStream().forEach(f -> {
            try {
                SourceDocument source = Converters.source(f, org.unkg.source.Manifest.empty());
                String normalized = TextNormalizer.normalize(sources.read(source).text());
                Map<Integer, Integer> input = new HashMap<>();
                for (SourceLine l : noise.filter(SourceLines.of(normalized))) {
                    count(l.text(), input, 1);
                }
                for (Block b : converter.convert(source).document().blocks()) {
                    count(b.text(), input, -1);
                }
                StringBuilder missing = new StringBuilder();
                input.forEach((c, n) -> {
                    if (n > 0) {
                        missing.append(n).append("×'").appendCodePoint(c).append("' ");
                    }
                });
                if (missing.length() > 0) {
                    lost.add(f.getFileName() + ": " + missing);
                }
            } catch (Exception e) {
                lost.add(f.getFileName() + ": " + e);
            }
        });
        assertTrue(files.size() > 2000);
        assertEquals(List.of(), lost.stream().sorted().limit(30).toList(), lost.size() + " documents lost text");
    }

    /**
     * Counts the characters that carry text: not white space, and not the hyphens and soft hyphens that a line break
     * may take away when it joins a word broken across lines.
     */
    private static void count(String text, Map<Integer, Integer> counts, int sign) {
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-'
                && c != '\u00AD' && Character.getType(c) != Character.FORMAT)
                .forEach(c -> counts.merge(c, sign, Integer::sum));
    }
}
