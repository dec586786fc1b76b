package org.unkg.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.unkg.testing.SampleSite;

/** The query gallery is well made, and every example answers on the sample of the corpus. */
class GalleryTest {

    private static final Gallery GALLERY = Gallery.load();

    @Test
    void everyExampleHasWhatTheShapesAsk() {
        Graph data = GALLERY.model().getGraph();
        Graph shapesGraph = RDFParser.source(GalleryTest.class.getResourceAsStream("gallery-shapes.ttl"))
                .lang(org.apache.jena.riot.Lang.TURTLE).toGraph();
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), data);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ShLib.printReport(out, report);
        assertTrue(report.conforms(), out.toString());
    }

    @Test
    void thereAreEnoughExamplesCoveringEveryTopic() {
        assertTrue(GALLERY.examples().size() >= 15, GALLERY.examples().size() + " examples");
        List<String> keywords = GALLERY.examples().stream().flatMap(e -> e.keywords("en").stream()).toList();
        for (String topic : List.of("citations", "bodies", "themes", "full text", "alignments", "provenance",
                "mentions", "paragraphs", "meetings", "agenda items", "letters", "property paths")) {
            assertTrue(keywords.contains(topic), "no example on " + topic);
        }
        List<String> kinds = GALLERY.examples().stream().map(Gallery.Example::kind).distinct().toList();
        assertTrue(kinds.containsAll(List.of("SELECT", "ASK", "CONSTRUCT")), kinds.toString());
    }

    @Test
    void everyQueryParsesAndUsesOnlyDeclaredPrefixes() {
        Map<String, String> declared = GALLERY.prefixes();
        for (Gallery.Example example : GALLERY.examples()) {
            Query query = QueryFactory.create(example.query());
            String kind = query.isSelectType() ? "SELECT" : query.isAskType() ? "ASK"
                    : query.isConstructType() ? "CONSTRUCT" : "DESCRIBE";
            assertEquals(example.kind(), kind, example.id() + ": the query is not what its property says");
            query.getPrefixMapping().getNsPrefixMap().forEach((prefix, namespace) -> assertEquals(namespace,
                    declared.get(prefix), example.id() + ": PREFIX " + prefix + ": is not the gallery's"));
        }
    }

    @Test
    void theFileInTheRepositoryIsTheOneOnTheClasspath() throws IOException {
        try (InputStream packaged = Gallery.class.getClassLoader().getResourceAsStream(Gallery.RESOURCE)) {
            assertEquals(-1, java.util.Arrays.mismatch(Files.readAllBytes(Path.of("queries/gallery.ttl")),
                    packaged.readAllBytes()));
        }
    }

    @Test
    void theGalleryIsInTheStoreInItsOwnGraph() {
        String query = "PREFIX sh: <http://www.w3.org/ns/shacl#> SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH "
                + "<https://w3id.org/unkg/graph/queries> { ?e a sh:SPARQLExecutable } }";
        try (QueryExecHTTP exec = QueryExecHTTP.service(SampleSite.server().endpointUrl()).query(query).build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            assertEquals(GALLERY.examples().size(), ((Number) rows.get(0).get("n").getLiteralValue()).intValue());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleAnswersOnTheSample() {
        String endpoint = SampleSite.server().endpointUrl();
        List<DynamicTest> tests = new ArrayList<>();
        for (Gallery.Example example : GALLERY.examples()) {
            tests.add(dynamicTest(example.id(), () -> {
                try (QueryExecHTTP exec = QueryExecHTTP.service(endpoint).query(example.query()).build()) {
                    switch (example.kind()) {
                        case "SELECT" -> {
                            List<Binding> rows = new ArrayList<>();
                            exec.select().forEachRemaining(rows::add);
                            assertFalse(rows.isEmpty(), example.id() + " returns no rows");
                            assertFalse(rows.get(0).isEmpty(), example.id() + " returns an empty row");
                        }
                        case "ASK" -> assertTrue(exec.ask(), example.id() + " answers false");
                        case "CONSTRUCT" -> assertFalse(exec.construct().isEmpty(), example.id() + " makes nothing");
                        default -> assertTrue(exec.describe().size() > 0, example.id() + " describes nothing");
                    }
                }
            }));
        }
        return tests.stream();
    }
}
