package org.unkg.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ontology's terms in {@link Unkg} against {@code ontology/unkg.ttl}: every constant is a term the ontology
 * declares, and every term of the ontology the converter writes (as a property or a class, in the output of the
 * golden cases) has its constant, but for those it copies from the vocabularies' data.
 */
class OntologyTermsTest {

    private static Model ontology;
    private static Set<String> constants;

    @BeforeAll
    static void read() throws IllegalAccessException {
        ontology = RDFDataMgr.loadModel("ontology/unkg.ttl");
        constants = new TreeSet<>();
        for (Field f : Unkg.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().equals("NS")
                    && !f.getName().equals("ONTOLOGY")) {
                constants.add((String) f.get(null));
            }
        }
    }

    @Test
    void everyConstantIsDeclared() {
        assertFalse(constants.isEmpty());
        List<String> undeclared = new ArrayList<>();
        for (String term : constants) {
            boolean declared = Stream.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                    ontology.createResource("http://purl.org/linked-data/cube#DataStructureDefinition"))
                    .anyMatch(type -> ontology.contains(ontology.createResource(term), RDF.type, type));
            if (!declared) {
                undeclared.add(term);
            }
        }
        assertEquals(List.of(), undeclared, "constants of Unkg that ontology/unkg.ttl does not declare");
        assertTrue(ontology.contains(ontology.createResource(Unkg.ONTOLOGY), RDF.type, OWL.Ontology));
        assertEquals(Unkg.NS, ontology.getNsPrefixURI("unkg"));
    }

    @Test
    void everyTermTheConverterWritesHasItsConstant() throws IOException {
        Set<String> fromVocabularies = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("ontology/vocabularies"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).toList()) {
                RDFDataMgr.loadGraph(file.toString()).find().forEachRemaining(t -> collect(t, fromVocabularies));
            }
        }
        Set<String> written = new TreeSet<>();
        try (Stream<Path> cases = Files.list(Path.of("src/test/resources/cases"))) {
            for (Path output : cases.map(c -> c.resolve("output.nq")).filter(Files::exists).toList()) {
                DatasetGraph quads = RDFDataMgr.loadDatasetGraph(output.toString());
                quads.find().forEachRemaining(q -> collect(q.asTriple(), written));
            }
        }
        assertTrue(written.size() > 30, written.toString());
        written.removeAll(fromVocabularies);
        written.removeAll(constants);
        assertEquals(Set.of(), written, "terms the converter writes without a constant in Unkg");
    }

    /** The ontology's terms a triple uses as its property or as a class. */
    private static void collect(Triple t, Set<String> terms) {
        Node p = t.getPredicate();
        if (p.isURI() && Unkg.isTerm(p.getURI())) {
            terms.add(p.getURI());
        }
        if (p.equals(RDF.type.asNode()) && t.getObject().isURI() && Unkg.isTerm(t.getObject().getURI())) {
            terms.add(t.getObject().getURI());
        }
    }
}
