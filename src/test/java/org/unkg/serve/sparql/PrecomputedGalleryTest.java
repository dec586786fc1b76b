package org.unkg.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.unkg.common.IriScheme;
import org.unkg.testing.SampleSite;

/**
 * Every aggregate query of the gallery that the statistics graph can answer comes twice, live and precomputed, and
 * on the sample site both give the same rows, the counts included.
 */
class PrecomputedGalleryTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Model GALLERY = RDFDataMgr.loadModel("queries/gallery.ttl");
    private static final Property SELECT = GALLERY.createProperty(SH, "select");

    @Test
    void everyPrecomputedQueryReadsTheStatisticsGraphAndNamesALiveOne() {
        List<Resource> precomputed = precomputed();
        assertTrue(precomputed.size() >= 7, precomputed.toString());
        for (Resource p : precomputed) {
            assertTrue(p.getURI().endsWith("-precomputed"), p.getURI());
            String reading = "GRAPH <" + IriScheme.standard().statisticsGraph() + ">";
            assertTrue(p.getProperty(SELECT).getString().contains(reading),
                    p + " does not read the statistics graph");
            Resource live = p.getPropertyResourceValue(DCTerms.source);
            assertEquals(p.getURI().replace("-precomputed", ""), live.getURI());
            assertFalse(live.getProperty(SELECT).getString().contains(reading),
                    live + " is not live");
            assertTrue(label(live, "en").endsWith(" (live)"), label(live, "en"));
            assertTrue(label(live, "zh").endsWith("（实时计算）"), label(live, "zh"));
            assertTrue(label(p, "en").endsWith(" (precomputed)"), label(p, "en"));
            assertTrue(label(p, "zh").endsWith("（预先计算）"), label(p, "zh"));
        }
    }

    @TestFactory
    Stream<DynamicTest> thePrecomputedAndTheLiveQueryGiveTheSameRows() {
        String endpoint = SampleSite.server().endpointUrl();
        List<DynamicTest> tests = new ArrayList<>();
        for (Resource p : precomputed()) {
            Resource live = p.getPropertyResourceValue(DCTerms.source);
            tests.add(dynamicTest(p.getLocalName(), () -> {
                List<String> expected = rows(endpoint, live.getProperty(SELECT).getString());
                assertFalse(expected.isEmpty(), live + " answers nothing on the sample");
                assertEquals(expected, rows(endpoint, p.getProperty(SELECT).getString()));
            }));
        }
        return tests.stream();
    }

    private static List<Resource> precomputed() {
        return GALLERY.listSubjectsWithProperty(DCTerms.source).toList();
    }

    private static String label(Resource r, String lang) {
        return r.listProperties(RDFS.label).toList().stream().map(s -> s.getLiteral())
                .filter(l -> l.getLanguage().equals(lang)).findFirst().orElseThrow().getString();
    }

    /**
     * The rows, as {@link #ask}; asked again, up to three times, when the server answers 503: a live aggregate may
     * run past the endpoint's time limit on a busy machine, which says nothing of its answer.
     */
    private static List<String> rows(String endpoint, String query) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return ask(endpoint, query);
            } catch (QueryExceptionHTTP e) {
                if (e.getStatusCode() != 503 || attempt == 3) {
                    throw e;
                }
                Thread.sleep(2_000L * attempt);
            }
        }
    }

    /** The rows, each its variables and values in name order, numbers by their value; sorted, duplicates kept. */
    private static List<String> ask(String endpoint, String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecHTTP exec = QueryExecHTTP.service(endpoint).query(query).build()) {
            exec.select().forEachRemaining((Binding b) -> {
                StringBuilder line = new StringBuilder();
                List<String> vars = new ArrayList<>();
                b.vars().forEachRemaining(v -> vars.add(v.getVarName()));
                vars.sort(null);
                for (String v : vars) {
                    line.append(v).append('=').append(text(b.get(v))).append(' ');
                }
                rows.add(line.toString());
            });
        }
        rows.sort(null);
        return rows;
    }

    private static String text(Node node) {
        if (node.isLiteral() && node.getLiteralValue() instanceof Number n) {
            return Long.toString(n.longValue());
        }
        return node.toString();
    }

}
