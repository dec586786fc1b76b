package org.unkg.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/**
 * Which statements a page shows as written, against the ontology packaged with the program: the store adds
 * super-properties, inverses and superclasses, and a page shows each fact once, by the property the converter used.
 */
class SchemaTest {

    private static final Schema SCHEMA = Schema.packaged();
    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String ORG = "http://www.w3.org/ns/org#";

    private static Node n(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Set<Node> nodes(String... iris) {
        return Set.of(java.util.Arrays.stream(iris).map(SchemaTest::n).toArray(Node[]::new));
    }

    @Test
    void aCitedResolutionShowsWhatItCitesAndWhoCitesIt() {
        // What the store holds for S/RES/1373 (2001): unkg:cites both ways, and what ELI and DCTERMS entail.
        List<Set<Node>> shown = SCHEMA.shown(
                List.of(n(UNKG + "cites"), n(ELI + "cites"), n(DCT + "references"), n(ELI + "cited_by"),
                        n(DCT + "relation"), n(UNKG + "hasVersion"), n(ELI + "is_realized_by")),
                List.of(n(UNKG + "cites"), n(ELI + "cites"), n(DCT + "references"), n(ELI + "cited_by"),
                        n(UNKG + "versionOf"), n(ELI + "realizes")));
        assertEquals(nodes(UNKG + "cites", UNKG + "hasVersion"), shown.get(0));
        assertEquals(nodes(UNKG + "cites"), shown.get(1));
    }

    @Test
    void ofTwoInversesTheOneTheOntologyNamesIsShown() {
        // CTED is part of CTC (written); CTC has CTED as a sub-organization (entailed).
        List<Set<Node>> cted = SCHEMA.shown(List.of(n(ORG + "subOrganizationOf")), List.of(n(ORG + "hasSubOrganization")));
        assertEquals(nodes(ORG + "subOrganizationOf"), cted.get(0));
        assertEquals(Set.of(), cted.get(1));
        List<Set<Node>> ctc = SCHEMA.shown(List.of(n(ORG + "hasSubOrganization")), List.of(n(ORG + "subOrganizationOf")));
        assertEquals(Set.of(), ctc.get(0));
        assertEquals(nodes(ORG + "subOrganizationOf"), ctc.get(1));
    }

    @Test
    void namesAndTypesComeFromTheOntology() {
        assertEquals("cites", SCHEMA.name(UNKG + "cites", "en"));
        assertEquals("引用", SCHEMA.name(UNKG + "cites", "zh"));
        assertEquals("日期", SCHEMA.name(DCT + "date", "zh"));
        assertEquals("eli:cited_by", SCHEMA.curie(ELI + "cited_by"));
        assertTrue(SCHEMA.comment(UNKG + "cites", "en").contains("UN document"));
        Set<Node> specific = SCHEMA.mostSpecific(List.of(n(UNKG + "Resolution"), n(UNKG + "Document"),
                n("https://w3id.org/un/ontology/undo/Resolution"), n(ELI + "LegalResource")));
        assertEquals(nodes(UNKG + "Resolution"), specific);
    }
}
