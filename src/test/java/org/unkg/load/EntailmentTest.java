package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.unkg.common.IriScheme;

/** What the packaged ontology and its aligned ontologies entail, and how a stream of quads gains it. */
class EntailmentTest {

    private static final Entailment ENTAILMENT = Entailment.packaged();
    private static final Node G = NodeFactory.createURI("https://w3id.org/unkg/graph/x");

    private static Node unkg(String n) {
        return NodeFactory.createURI("https://w3id.org/unkg/ontology#" + n);
    }

    /** A stream that keeps what it is sent. */
    private static StreamRDFBase collecting(List<Quad> out) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                out.add(q);
            }
        };
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    @Test
    void alignmentsOfTheOntology() {
        assertTrue(ENTAILMENT.superClassesOf(unkg("Resolution")).containsAll(Set.of(unkg("Document"),
                iri("https://w3id.org/un/ontology/undo/Resolution"))));
        assertTrue(ENTAILMENT.superPropertiesOf(unkg("cites")).containsAll(Set.of(
                iri("http://data.europa.eu/eli/ontology#cites"), iri("http://purl.org/dc/terms/references"))));
        assertEquals(unkg("versionOf"), ENTAILMENT.inverseOf(unkg("hasVersion")));
        assertTrue(ENTAILMENT.isTransitive(iri("http://www.w3.org/2004/02/skos/core#broaderTransitive")));
        assertTrue(ENTAILMENT.isTransitive(iri("http://www.w3.org/ns/org#transitiveSubOrganizationOf")));
    }

    @Test
    void aStreamGainsTheEntailedQuadsInTheSameGraph() {
        List<Quad> out = new ArrayList<>();
        EntailingStream s = entailing(out);
        Node doc = iri("https://w3id.org/unkg/id/document/S/RES/1(1946)");
        Node version = iri("https://w3id.org/unkg/id/document/S/RES/1(1946)/en");
        s.quad(Quad.create(G, doc, RDF.type.asNode(), unkg("Resolution")));
        s.quad(Quad.create(G, doc, unkg("hasVersion"), version));
        Set<String> got = out.stream().map(q -> q.getGraph().getURI() + " " + q.getSubject().getURI() + " "
                + q.getPredicate().getLocalName() + " " + q.getObject().getURI()).collect(Collectors.toSet());
        assertTrue(got.contains(G.getURI() + " " + doc.getURI() + " type https://w3id.org/un/ontology/undo/Resolution"),
                got.toString());
        assertTrue(got.contains(G.getURI() + " " + version.getURI() + " versionOf " + doc.getURI()), got.toString());
        assertTrue(got.contains(G.getURI() + " " + doc.getURI() + " is_realized_by " + version.getURI()),
                got.toString());
    }

    @Test
    void transitiveClosureIsSentAtTheEnd() {
        List<Quad> out = new ArrayList<>();
        EntailingStream s = entailing(out);
        Node broader = iri("http://www.w3.org/2004/02/skos/core#broader");
        Node a = iri("urn:a");
        Node b = iri("urn:b");
        Node c = iri("urn:c");
        s.quad(Quad.create(G, a, broader, b));
        s.quad(Quad.create(G, b, broader, c));
        s.finishTransitive();
        Node transitive = iri("http://www.w3.org/2004/02/skos/core#broaderTransitive");
        assertTrue(out.contains(Quad.create(G, a, transitive, c)), out.toString());
        assertTrue(out.contains(Quad.create(G, a, transitive, b)), out.toString());
    }

    @Test
    void aTripleTwoGraphsEntailIsSentInTheFirstOnly() {
        List<Quad> out = new ArrayList<>();
        EntailingStream s = entailing(out);
        Node body = iri("https://w3id.org/unkg/id/organization/unodc");
        Node first = iri("https://w3id.org/unkg/graph/vocabulary/organizations");
        Node second = iri("https://w3id.org/unkg/graph/S/RES/1(1946)");
        s.quad(Quad.create(first, body, RDF.type.asNode(), unkg("Organization")));
        s.quad(Quad.create(second, body, RDF.type.asNode(), unkg("Organization")));
        List<Node> graphs = out.stream().filter(q -> q.getSubject().equals(body)
                && q.getObject().equals(iri("http://www.w3.org/ns/org#Organization"))).map(Quad::getGraph).toList();
        assertEquals(List.of(first), graphs);
    }

    @Test
    void theTriplesAboutADocumentsPartsAreForgottenWhenTheStreamLeavesItsGraph() {
        List<Quad> out = new ArrayList<>();
        EntailingStream s = entailing(out);
        Node doc = iri("https://w3id.org/unkg/id/document/S/RES/1(1946)");
        Node graph = iri("https://w3id.org/unkg/graph/S/RES/1(1946)");
        Node paragraph = iri(doc.getURI() + "/para/1");
        s.quad(Quad.create(graph, doc, RDF.type.asNode(), unkg("Resolution")));
        long before = s.remembered();
        for (int i = 0; i < 50; i++) {
            Node mention = iri(doc.getURI() + "/en/mention/" + i + "-" + (i + 5));
            s.quad(Quad.create(graph, mention, unkg("inParagraph"), paragraph));
            s.quad(Quad.create(graph, mention, unkg("inParagraph"), paragraph));
        }
        assertEquals(before + 50, s.remembered(), "the parts' entailed triples are remembered in their graph");
        s.quad(Quad.create(iri("https://w3id.org/unkg/graph/S/RES/2(1946)"), iri("urn:a"), iri("urn:b"), doc));
        assertEquals(before, s.remembered(), "and forgotten after it");
        long targets = out.stream().filter(q -> q.getPredicate().getURI().equals("http://www.w3.org/ns/oa#hasTarget"))
                .count();
        assertEquals(50, targets, "each mention's target entailed once, though stated twice");
    }

    /** A stream that entails with the packaged ontology and the standard IRIs, collecting what it sends into out. */
    private static EntailingStream entailing(List<Quad> out) {
        return new EntailingStream(collecting(out), ENTAILMENT, IriScheme.standard());
    }
}
