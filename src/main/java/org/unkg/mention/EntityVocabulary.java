package org.unkg.mention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/**
 * The entities of {@code ontology/vocabularies} with every name they go by, read from the Turtle files: the
 * extractor's dictionaries are data, so that a new alias or language is an edit to a vocabulary, not to code.
 * Codes ({@code skos:notation}, ISO codes) are not names: "PE" or "AS" in a text are not Peru or American Samoa.
 */
public final class EntityVocabulary {

    private static final String BASE = "https://w3id.org/unkg/id/";
    private static final List<String> FILES = List.of("organizations", "instruments", "countries", "armed-groups",
            "themes");
    private static final IRI TRIGGER = SimpleValueFactory.getInstance().createIRI("https://w3id.org/unkg/ontology#triggerTerm");
    private static final IRI ESTABLISHED_BY =
            SimpleValueFactory.getInstance().createIRI("https://w3id.org/unkg/ontology#establishedBy");
    private static final List<IRI> NAMES = List.of(SKOS.PREF_LABEL, SKOS.ALT_LABEL, SKOS.HIDDEN_LABEL, RDFS.LABEL);

    private final Map<IRI, Entity> entities;
    private final List<Label> names;
    private final List<Label> triggers;
    private final Map<IRI, List<Entity>> byFoundingResolution;

    private EntityVocabulary(Map<IRI, Entity> entities, List<Label> names, List<Label> triggers,
            Map<IRI, List<Entity>> byFoundingResolution) {
        this.entities = entities;
        this.names = names;
        this.triggers = triggers;
        this.byFoundingResolution = byFoundingResolution;
    }

    public static EntityVocabulary fromClasspath() {
        Map<IRI, Entity> entities = new LinkedHashMap<>();
        List<Label> names = new ArrayList<>();
        List<Label> triggers = new ArrayList<>();
        Map<IRI, List<Entity>> founded = new HashMap<>();
        for (String file : FILES) {
            String resource = "ontology/vocabularies/" + file + ".ttl";
            Model model = parse(resource);
            for (Resource s : model.filter(null, SKOS.PREF_LABEL, null).subjects()) {
                if (!(s instanceof IRI iri) || !iri.stringValue().startsWith(BASE) || iri.getLocalName().equals("scheme")
                        || model.contains(iri, RDF.TYPE, SKOS.CONCEPT_SCHEME)) {
                    continue;
                }
                String kind = iri.stringValue().substring(BASE.length()).split("/")[0];
                List<IRI> types = model.filter(iri, RDF.TYPE, null).objects().stream()
                        .filter(IRI.class::isInstance).map(IRI.class::cast).toList();
                Map<String, String> pref = new HashMap<>();
                for (Statement st : model.filter(iri, SKOS.PREF_LABEL, null)) {
                    Literal l = (Literal) st.getObject();
                    l.getLanguage().ifPresent(lang -> pref.put(lang, l.getLabel()));
                }
                List<Literal> alt = model.filter(iri, SKOS.ALT_LABEL, null).objects().stream()
                        .filter(Literal.class::isInstance).map(Literal.class::cast).toList();
                // sorted by language: Map.copyOf would iterate in an order that changes from one run to the next
                Entity e = new Entity(iri, kind, types, Collections.unmodifiableMap(new TreeMap<>(pref)), alt);
                entities.put(iri, e);
                for (org.eclipse.rdf4j.model.Value r : model.filter(iri, ESTABLISHED_BY, null).objects()) {
                    if (r instanceof IRI resolution) {
                        founded.computeIfAbsent(resolution, k -> new ArrayList<>()).add(e);
                    }
                }
                List<Label> target = e.isTheme() ? triggers : names;
                for (IRI p : e.isTheme() ? List.of(TRIGGER) : NAMES) {
                    for (Statement st : model.filter(iri, p, null)) {
                        Literal l = (Literal) st.getObject();
                        target.add(new Label(l.getLabel(), l.getLanguage().orElse(""), e));
                    }
                }
            }
        }
        return new EntityVocabulary(entities, names, triggers, founded);
    }

    private static Model parse(String resource) {
        try (InputStream in = EntityVocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return Rio.parse(in, BASE, RDFFormat.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    public Entity entity(IRI iri) {
        return entities.get(iri);
    }

    /** The bodies that every one of these resolutions helped establish. */
    public List<Entity> establishedBy(java.util.Set<IRI> resolutions) {
        List<Entity> found = null;
        for (IRI r : resolutions) {
            List<Entity> these = byFoundingResolution.getOrDefault(r, List.of());
            found = found == null ? new ArrayList<>(these) : new ArrayList<>(found.stream().filter(these::contains).toList());
        }
        return found == null ? List.of() : found;
    }

    /** Names of organizations, instruments, countries and armed groups. */
    public List<Label> names() {
        return names;
    }

    /** Trigger terms of themes. */
    public List<Label> triggers() {
        return triggers;
    }
}
