package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.unkg.validate.ShapesValidator;

/**
 * Properties of the converter over generated input: arbitrary bytes never make it fail other than with a
 * {@link ConversionException}; documents damaged the ways PDF extraction damages them convert the same twice, and
 * what they convert to parses and conforms to the SHACL shapes. The seeds are fixed so that CI is repeatable; change
 * them (or remove them) to explore further.
 */
class ConverterPropertiesTest {

    private static final DocumentConverter CONVERTER = Converters.converter();
    private static final ShapesValidator SHAPES = ShapesValidator.packaged();
    private static final List<String> SAMPLES = List.of("data/zh/000_701e93fbc13afe04.txt",
            "data/zh/004_28ce73091c5438d5.txt", "data/en-resolutions/S-RES-1373(2001).txt",
            "data/en-resolutions/S-RES-348(1974).txt", "data/en-resolutions/S-RES-10(1946).txt",
            "data/en-resolutions/S-RES-1000(1995).txt");
    private static final List<String> NOISE = List.of("12-31590 (E)", "*1231590*", "2/6 14-67661", "Page 3", "/...",
            "S/RES/1373 (2001)", "\f", "", "https://undocs.org/S/RES/1373(2001)", "-----");

    @Property(tries = 200, seed = "20261122")
    void arbitraryBytesNeverThrowAnythingElse(@ForAll byte[] bytes) {
        convertOrRefuse(bytes);
    }

    @Property(tries = 200, seed = "20261122")
    void arbitraryTextNeverThrowsAnythingElse(@ForAll String text) {
        convertOrRefuse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 40, seed = "20261122")
    void damagedDocumentsConvertTheSameTwiceToValidRdf(@ForAll("damagedDocuments") byte[] bytes) throws Exception {
        ConvertedDocument first;
        try {
            first = CONVERTER.convert(Converters.source("damaged.txt", bytes));
        } catch (ConversionException refused) {
            return;
        }
        ConvertedDocument second = CONVERTER.convert(Converters.source("damaged.txt", bytes));
        String nquads = nquads(first);
        assertEquals(nquads, nquads(second));

        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(nquads.getBytes(StandardCharsets.UTF_8))).lang(Lang.NQUADS).parse(dsg);
        Graph union = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
        ValidationReport report = SHAPES.validate(union);
        assertTrue(report.conforms(), () -> report.getEntries().stream().limit(3).map(Object::toString).toList()
                .toString());
    }

    private static void convertOrRefuse(byte[] bytes) {
        try {
            CONVERTER.convert(Converters.source("arbitrary.txt", bytes));
        } catch (ConversionException refused) {
            assertTrue(refused.getMessage().startsWith("arbitrary.txt: "), refused.getMessage());
        }
    }

    private static String nquads(ConvertedDocument d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter w = Rio.createWriter(RDFFormat.NQUADS, out);
        w.startRDF();
        d.statements().forEach(w::handleStatement);
        w.endRDF();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A real document with lines dropped, repeated or split, page furniture inserted, and re-encoded. */
    @Provide
    Arbitrary<byte[]> damagedDocuments() {
        Arbitrary<String> sample = Arbitraries.of(SAMPLES);
        Arbitrary<List<Integer>> edits = Arbitraries.integers().between(0, 10_000).list().ofMaxSize(12);
        Arbitrary<String> lineEnd = Arbitraries.of("\n", "\r\n", "\r", "\r\r\n");
        Arbitrary<String> charset = Arbitraries.of("UTF-8", "windows-1252", "GB18030", "UTF-16");
        return Combinators.combine(sample, edits, lineEnd, charset).as(ConverterPropertiesTest::damage);
    }

    private static byte[] damage(String sample, List<Integer> edits, String lineEnd, String charset) {
        List<String> lines;
        try {
            lines = new ArrayList<>(Arrays.asList(
                    new String(Files.readAllBytes(Path.of(sample)), StandardCharsets.UTF_8).split("\r\r\n|\r\n|\r|\n")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (int e : edits) {
            int at = e % Math.max(1, lines.size());
            switch (e % 4) {
                case 0 -> lines.add(at, NOISE.get(e % NOISE.size()));
                case 1 -> { if (!lines.isEmpty()) { lines.remove(at); } }
                case 2 -> { if (!lines.isEmpty()) { lines.add(at, lines.get(at)); } }
                default -> {
                    if (!lines.isEmpty() && lines.get(at).length() > 2) {
                        String l = lines.get(at);
                        int cut = e % (l.length() - 1) + 1;
                        lines.set(at, l.substring(0, cut));
                        lines.add(at + 1, l.substring(cut));
                    }
                }
            }
        }
        Charset cs = Charset.forName(charset);
        return String.join(lineEnd, lines).getBytes(cs);
    }
}
