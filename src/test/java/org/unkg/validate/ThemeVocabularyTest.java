package org.unkg.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.unkg.mention.Skeleton;

/**
 * What the shapes cannot say of the themes and the agenda items that point to them: no two themes share a trigger
 * term (the extractor would drop it), an agenda item's themes and a theme's trigger classes exist, and a theme's
 * period does not end before it starts.
 */
class ThemeVocabularyTest {

    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final Model THEMES = RDFDataMgr.loadModel("ontology/vocabularies/themes.ttl");
    private static final Model AGENDA = RDFDataMgr.loadModel("ontology/vocabularies/agenda-items.ttl");
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/unkg.ttl");

    private static final Resource THEME = THEMES.createResource(UNKG + "Theme");
    private static final Property TRIGGER_TERM = THEMES.createProperty(UNKG + "triggerTerm");
    private static final Property TRIGGER_CLASS = THEMES.createProperty(UNKG + "triggerClass");

    @Test
    void noTwoThemesShareATriggerTerm() {
        Map<String, Set<String>> byKey = new TreeMap<>();
        for (Statement st : THEMES.listStatements(null, TRIGGER_TERM, (RDFNode) null).toList()) {
            byKey.computeIfAbsent(Skeleton.key(st.getLiteral().getLexicalForm()), k -> new TreeSet<>())
                    .add(st.getSubject().getURI());
        }
        List<String> shared = new ArrayList<>();
        byKey.forEach((key, themes) -> {
            if (themes.size() > 1) {
                shared.add(key + " " + themes);
            }
        });
        assertTrue(shared.isEmpty(), "trigger terms shared by themes (the extractor drops them):\n"
                + String.join("\n", shared));
    }

    @Test
    void agendaItemsNameThemesThatExist() {
        List<String> unknown = new ArrayList<>();
        for (Statement st : AGENDA.listStatements(null, DCTerms.subject, (RDFNode) null).toList()) {
            if (!THEMES.contains(st.getResource(), RDF.type, THEME)) {
                unknown.add(st.getSubject().getLocalName() + " -> " + st.getResource().getURI());
            }
        }
        assertTrue(unknown.isEmpty(), "agenda items whose themes are not in themes.ttl: " + unknown);
        assertTrue(AGENDA.listStatements(null, DCTerms.subject, (RDFNode) null).toList().size() >= 40,
                "the agenda items' themes are read from agenda-items.ttl");
    }

    @Test
    void triggerClassesAreClassesOfTheOntology() {
        List<String> unknown = new ArrayList<>();
        for (Statement st : THEMES.listStatements(null, TRIGGER_CLASS, (RDFNode) null).toList()) {
            if (!ONTOLOGY.contains(ONTOLOGY.createResource(st.getResource().getURI()), RDF.type, OWL.Class)) {
                unknown.add(st.getResource().getURI());
            }
        }
        assertTrue(unknown.isEmpty(), "trigger classes the ontology does not declare: " + unknown);
    }

    @Test
    void periodsDoNotEndBeforeTheyStart() {
        Property start = THEMES.createProperty(DCAT + "startDate");
        Property end = THEMES.createProperty(DCAT + "endDate");
        List<String> wrong = new ArrayList<>();
        for (Statement st : THEMES.listStatements(null, DCTerms.temporal, (RDFNode) null).toList()) {
            Resource period = st.getResource();
            if (period.hasProperty(end) && year(period, end) < year(period, start)) {
                wrong.add(st.getSubject().getURI());
            }
        }
        assertTrue(wrong.isEmpty(), "periods that end before they start: " + wrong);
    }

    private static int year(Resource period, Property p) {
        return Integer.parseInt(period.getProperty(p).getLiteral().getLexicalForm().substring(0, 4));
    }
}
