package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: the N-Quads of chosen documents, kept under {@code src/test/resources/golden}. A change to the
 * converter that changes its output shows here as a diff to review; after review, regenerate them with
 * {@code mvn test -Dtest=GoldenFilesTest -Dunkg.golden.update=true}.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Path> documents() {
        return Stream.concat(
                Stream.of("000_701e93fbc13afe04.txt", "004_28ce73091c5438d5.txt").map(Converters.ZH::resolve),
                Stream.of("S-RES-1(1946).txt", "S-RES-150(1960).txt", "S-RES-348(1974).txt", "S-RES-667(1990).txt",
                        "S-RES-1000(1995).txt", "S-RES-1028(1995).txt", "S-RES-1373(2001).txt",
                        "S-RES-2250(2015).txt").map(Converters.EN::resolve));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void outputMatchesGoldenFile(Path input) throws Exception {
        ConvertedDocument doc = Converters.convert(input);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFWriter writer = Rio.createWriter(RDFFormat.NQUADS, bytes);
        writer.startRDF();
        doc.statements().forEach(writer::handleStatement);
        writer.endRDF();
        String actual = sorted(bytes.toString(StandardCharsets.UTF_8));
        Path golden = GOLDEN.resolve(input.getFileName().toString().replace(".txt", ".nq"));
        if (Boolean.getBoolean("unkg.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden file " + golden);
    }

    private static String sorted(String nquads) {
        return Arrays.stream(nquads.split("\n")).filter(l -> !l.isBlank()).sorted()
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
