package org.unkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.unkg.common.IriScheme;

/**
 * The names and classes of the listed things a document refers to (bodies, instruments, countries, armed groups,
 * themes, agenda items), as their vocabulary files state them and in the graph each file is loaded into
 * ({@link IriScheme#vocabularyGraph}). Written with the converted documents, they make the converter's output
 * readable on its own (who is mentioned, under which name); loaded beside the vocabulary files, they are the same
 * statements in the same graph, so the store holds each once. A theme's class and scheme stay in its vocabulary,
 * whose shapes ask for the trigger terms that are not repeated here.
 */
final class VocabularyNames {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final Set<IRI> NAMES = Set.of(SKOS.PREF_LABEL, SKOS.ALT_LABEL, RDFS.LABEL, SKOS.NOTATION);
    /** With a class, what its shapes ask with it: the scheme, where the entry comes from. */
    private static final Set<IRI> WITH_CLASS = Set.of(RDF.TYPE, SKOS.IN_SCHEME, TermIris.ENTRY_SOURCE);
    private static final String THEMES = "themes";

    private final Map<String, List<Statement>> byThing = new HashMap<>();

    VocabularyNames(IriScheme iris) {
        List<String> files = new ArrayList<>(EntityVocabularyReader.FILES);
        files.add(AgendaItems.RESOURCE.replaceFirst(".*/", "").replaceFirst("\\.ttl$", ""));
        for (String file : files) {
            IRI graph = VF.createIRI(iris.vocabularyGraph(file));
            Model model = EntityVocabularyReader.parse("ontology/vocabularies/" + file + ".ttl");
            for (Statement st : model) {
                boolean name = NAMES.contains(st.getPredicate());
                boolean classed = WITH_CLASS.contains(st.getPredicate()) && !file.equals(THEMES);
                if ((name || classed) && st.getSubject() instanceof IRI thing) {
                    byThing.computeIfAbsent(thing.stringValue(), k -> new ArrayList<>())
                            .add(VF.createStatement(thing, st.getPredicate(), st.getObject(), graph));
                }
            }
        }
    }

    /** The names and classes of a thing in its vocabulary's graph; none for a thing no vocabulary lists. */
    List<Statement> of(String iri) {
        return byThing.getOrDefault(iri, List.of());
    }

    /** Whether a statement is in the graph of a vocabulary. */
    static boolean inVocabularyGraph(Statement st, IriScheme iris) {
        return st.getContext() != null && st.getContext().stringValue().startsWith(iris.vocabularyGraph(""));
    }
}
