package org.unkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.cli.Main;

/**
 * The whole converted corpus against the ontology: every class and predicate the converter writes is declared, with
 * labels in English and Chinese, and the data conforms to the SHACL shapes.
 */
class OntologyCoverageTest {

    @Test
    void everyTermIsDeclaredAndTheDataConforms(@TempDir Path dir) throws Exception {
        Path nq = dir.resolve("sample.nq");
        assertEquals(0, Main.run("convert", "--manifest", "data/zh/manifest.csv", "--out", nq.toString(), "data/zh",
                "data/en-resolutions"));
        Graph data = ShapesValidator.merged(List.of(nq));
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("ontology/unkg.ttl")).parse(ontology);

        Set<Node> terms = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        data.find().forEachRemaining(t -> {
            // rdf:type belongs to RDF itself
            if (!t.getPredicate().equals(RDF.type.asNode())) {
                terms.add(t.getPredicate());
            }
            if (t.getPredicate().equals(RDF.type.asNode())) {
                terms.add(t.getObject());
            }
        });
        Set<String> missing = new TreeSet<>();
        for (Node term : terms) {
            if (!hasLabel(ontology, term, "en") || !hasLabel(ontology, term, "zh")) {
                missing.add(term.getURI());
            }
        }
        assertTrue(missing.isEmpty(), "not declared with @en and @zh labels: " + missing);

        ValidationReport report = ShapesValidator.packaged().validate(data);
        assertTrue(report.conforms(), () -> report.getEntries().size() + " violations, e.g. "
                + report.getEntries().stream().limit(5).map(Object::toString).toList());
    }

    private static boolean hasLabel(Graph g, Node term, String lang) {
        return g.find(Triple.create(term, RDFS.label.asNode(), Node.ANY)).toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage()));
    }
}
