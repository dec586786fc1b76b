package org.unkg.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.mention.Skeleton;

/**
 * The vocabularies the extractor links to (organizations, instruments, countries, armed groups): every entry says
 * where it comes from, in the order the ontology fixes for unkg:entrySource; no two entries share a name (the
 * extractor would drop it); successions are recorded both ways.
 */
class VocabulariesTest {

    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final List<String> FILES = List.of("organizations", "instruments", "countries", "armed-groups");

    private static final Map<String, Model> MODELS = new TreeMap<>();

    @BeforeAll
    static void load() {
        for (String f : FILES) {
            MODELS.put(f, RDFDataMgr.loadModel(Path.of("ontology/vocabularies", f + ".ttl").toString()));
        }
    }

    private static List<Resource> entries(Model m) {
        return m.listSubjectsWithProperty(SKOS.inScheme).toList();
    }

    private static Property unkg(Model m, String local) {
        return m.createProperty(UNKG + local);
    }

    @Test
    void everyEntrySaysWhereItComesFrom() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Model> e : MODELS.entrySet()) {
            Model m = e.getValue();
            for (Resource entry : entries(m)) {
                List<RDFNode> sources = m.listObjectsOfProperty(entry, unkg(m, "entrySource")).toList();
                if (sources.size() != 1 || !sources.get(0).isURIResource()) {
                    missing.add(e.getKey() + ": " + entry.getURI() + " has " + sources.size() + " sources");
                    continue;
                }
                // the founding or adopting resolution comes first
                Set<RDFNode> founding = new java.util.HashSet<>(m.listObjectsOfProperty(entry, unkg(m, "establishedBy")).toList());
                founding.addAll(m.listObjectsOfProperty(entry, unkg(m, "adoptedBy")).toList());
                if (!founding.isEmpty() && !founding.contains(sources.get(0))) {
                    missing.add(e.getKey() + ": " + entry.getURI() + " has a founding resolution but another source");
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void noTwoEntriesShareAName() {
        Map<String, Set<String>> byKey = new TreeMap<>();
        for (Model m : MODELS.values()) {
            for (Resource entry : entries(m)) {
                for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, RDFS.label)) {
                    for (Statement st : m.listStatements(entry, p, (RDFNode) null).toList()) {
                        Literal l = st.getLiteral();
                        byKey.computeIfAbsent(Skeleton.key(l.getLexicalForm()), k -> new TreeSet<>()).add(entry.getURI());
                    }
                }
            }
        }
        List<String> shared = new ArrayList<>();
        byKey.forEach((key, owners) -> {
            if (owners.size() > 1) {
                shared.add(key + " " + owners);
            }
        });
        assertTrue(shared.isEmpty(), "names shared by entries (the extractor drops them):\n" + String.join("\n", shared));
    }

    @Test
    void successionsAreRecordedBothWays() {
        List<String> oneWay = new ArrayList<>();
        for (Model m : MODELS.values()) {
            Property replaces = m.createProperty(DCT + "replaces");
            Property replacedBy = m.createProperty(DCT + "isReplacedBy");
            m.listStatements(null, replaces, (RDFNode) null).forEachRemaining(st -> {
                if (!m.contains(st.getResource(), replacedBy, st.getSubject())) {
                    oneWay.add(st.getSubject().getURI() + " replaces " + st.getResource().getURI());
                }
            });
            m.listStatements(null, replacedBy, (RDFNode) null).forEachRemaining(st -> {
                if (!m.contains(st.getResource(), replaces, st.getSubject())) {
                    oneWay.add(st.getSubject().getURI() + " is replaced by " + st.getResource().getURI());
                }
            });
        }
        assertTrue(oneWay.isEmpty(), String.join("\n", oneWay));
    }

    @Test
    void unverifiedChineseNamesAreMarkedOnlyOnEntries() {
        // the curators' marker is an English editorial note on an entry that has a Chinese name to verify
        List<String> wrong = new ArrayList<>();
        for (Model m : MODELS.values()) {
            m.listStatements(null, SKOS.editorialNote, (RDFNode) null).forEachRemaining(st -> {
                boolean entry = st.getSubject().hasProperty(SKOS.inScheme);
                boolean chinese = st.getSubject().listProperties(SKOS.prefLabel).toList().stream()
                        .anyMatch(s -> "zh".equals(s.getLanguage()));
                if (!entry || !chinese || !"en".equals(st.getLanguage())) {
                    wrong.add(st.getSubject().getURI());
                }
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
