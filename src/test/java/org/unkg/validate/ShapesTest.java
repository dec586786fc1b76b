package org.unkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unkg.cli.Main;

/** The SHACL shapes accept what the converter writes and the vocabularies, and reject broken data precisely. */
class ShapesTest {

    private static final String ID = "https://w3id.org/unkg/id/";
    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final Path FIXTURES = Path.of("src/test/resources/shapes");

    private final ShapesValidator validator = ShapesValidator.packaged();

    /** Each violation as "focus node | path" (path "-" for node-level constraints). */
    private Set<String> violations(Path file) {
        ValidationReport r = validator.validate(List.of(file));
        return r.getEntries().stream().map(ShapesTest::key).collect(Collectors.toSet());
    }

    private static String key(ReportEntry e) {
        String path = e.resultPath() == null ? "-" : e.resultPath().toString().replaceAll("^<|>$", "");
        return e.focusNode().toString() + " | " + path;
    }

    @Test
    void convertedDocumentsConform(@TempDir Path dir) throws Exception {
        Path nq = dir.resolve("sample.nq");
        assertEquals(0, Main.run("convert", "--manifest", "data/zh/manifest.csv", "--out", nq.toString(), "data/zh",
                "data/en-resolutions/S-RES-1(1946).txt", "data/en-resolutions/S-RES-150(1960).txt",
                "data/en-resolutions/S-RES-348(1974).txt", "data/en-resolutions/S-RES-1373(2001).txt",
                "data/en-resolutions/S-RES-2250(2015).txt"));
        ValidationReport r = validator.validate(List.of(nq));
        assertTrue(r.conforms(), () -> r.getEntries().stream().limit(10).map(Object::toString)
                .collect(Collectors.joining("\n")));
    }

    static Stream<Path> vocabularies() throws Exception {
        return Files.list(Path.of("ontology/vocabularies")).filter(p -> p.toString().endsWith(".ttl")).sorted();
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void vocabularyConforms(Path vocabulary) {
        ValidationReport r = validator.validate(List.of(vocabulary));
        assertTrue(r.conforms(), () -> r.getEntries().stream().limit(10).map(Object::toString)
                .collect(Collectors.joining("\n")));
    }

    @Test
    void wellFormedDataConforms() {
        assertEquals(Set.of(), violations(FIXTURES.resolve("valid.ttl")));
    }

    @Test
    void brokenDocumentsAreCaught() {
        Set<String> v = violations(FIXTURES.resolve("broken.ttl"));
        String res = ID + "document/S/RES/1373(2001)";
        String para = ID + "document/S/PRST/2012/16/para/3";
        String version = ID + "document/S/PRST/2012/17/zh";
        for (String expected : List.of(
                res + " | " + UNKG + "symbol",                 // no space before the year
                res + " | " + DCT + "date",                    // not an xsd:date
                res + " | -",                                  // cites itself; IRI and symbol disagree
                ID + "document/S/RES/5(1946) | " + UNKG + "symbol",   // a statement with a resolution's symbol
                ID + "document/nosymbol/0000000000000000 | " + RDFS + "label",
                version + " | " + DCT + "language",
                version + " | " + UNKG + "fullText",           // French text in a Chinese version
                version + " | " + UNKG + "sourceSha256",
                para + " | " + UNKG + "paragraphNumber",       // 0
                para + " | " + UNKG + "text",                  // no language tag
                para + " | " + UNKG + "startOffset",           // after its end
                ID + "meeting/6760 | " + RDFS + "label",       // no language tag
                ID + "meeting/6760 | -",                       // number disagrees with the IRI
                ID + "document/S/PRST/2012/16/zh/mention/3-8 | -")) { // offsets do not cut the matched text
            assertTrue(v.contains(expected), expected + " missing from\n" + String.join("\n", v));
        }
    }

    @Test
    void brokenVocabularyEntriesAreCaught() {
        Set<String> v = violations(FIXTURES.resolve("broken-vocab.ttl"));
        for (String expected : List.of(
                ID + "country/ABC | " + UNKG + "isoNumeric",
                ID + "organization/BAD | " + SKOS + "prefLabel",
                ID + "organization/BAD | " + SKOS + "altLabel",
                ID + "organization/BAD2 | " + UNKG + "establishedBy",
                ID + "organization/BAD2 | -",                   // says nowhere where it comes from (unkg:entrySource)
                ID + "theme/t | " + SKOS + "exactMatch",
                ID + "theme/t | " + UNKG + "triggerTerm")) {
            assertTrue(v.contains(expected), expected + " missing from\n" + String.join("\n", v));
        }
    }

    @Test
    void foreignIrisAndUnknownAgendaItemsAreCaught() {
        assertTrue(violations(FIXTURES.resolve("badiri.ttl")).contains("http://example.org/doc/1 | -"));
        assertEquals(Set.of(ID + "agenda-item/new-item | -"), violations(FIXTURES.resolve("agenda-x.ttl")));
    }
}
