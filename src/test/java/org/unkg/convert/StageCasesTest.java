package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden cases, one folder each under {@code src/test/resources/cases/}: the input in {@code input/} (a text
 * file, and a {@code manifest.csv} when the document needs one), and what each stage gives, in readable files:
 * {@code structure.txt}, {@code citations.txt}, {@code mentions.txt}, {@code output.nq}. A change that changes what
 * a stage gives shows here as a diff to review; after review, rewrite them with
 * {@code mvn test -Dtest=StageCasesTest -Dunkg.golden.update=true}. A new case is a new folder with its input.
 */
class StageCasesTest {

    static final Path CASES = Path.of("src/test/resources/cases");
    private static final boolean UPDATE = Boolean.getBoolean("unkg.golden.update");

    @TestFactory
    Stream<DynamicNode> eachCaseEachStage() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CASES)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no case in " + CASES);
        return cases.stream().map(dir -> DynamicContainer.dynamicContainer(dir.getFileName().toString(),
                StageFiles.NAMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(dir, name)))));
    }

    /** Each case converted once, for the four files that record it. */
    private final Map<Path, ConvertedDocument> converted = new ConcurrentHashMap<>();

    private void check(Path dir, String name) throws Exception {
        ConvertedDocument document = converted.get(dir);
        if (document == null) {
            document = Converters.convert(input(dir));
            converted.put(dir, document);
        }
        String actual = StageFiles.render(name, document);
        Path expected = dir.resolve(name);
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, expected.toString());
    }

    /** The one text file of a case's {@code input/}. */
    static Path input(Path dir) throws IOException {
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("input"))) {
            files.filter(f -> f.toString().endsWith(".txt")).forEach(texts::add);
        }
        if (texts.size() != 1) {
            throw new IllegalStateException(dir + "/input: one text file expected, found " + texts);
        }
        return texts.get(0);
    }
}
