package org.unkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.unkg.common.IriScheme;
import org.unkg.common.Sha256;
import org.unkg.structure.AgendaTitles;

/**
 * The Security Council agenda items of {@code ontology/vocabularies/agenda-items.ttl}, looked up by any of their
 * titles, so that one item written in several ways is one node. A title not in the vocabulary gets a key made from
 * its normalized text, the same from one run to the next.
 */
public final class AgendaItems {

    public static final String RESOURCE = "ontology/vocabularies/agenda-items.ttl";
    /** The vocabulary names its items under the published base, whatever base the converted documents get. */
    private static final String VOCABULARY_BASE = IriScheme.standard().agendaItem("");

    /** An item: its key and its preferred titles by language. */
    public record Item(String key, Map<String, String> prefLabels) {
    }

    private final Map<String, Item> byTitle;

    private AgendaItems(Map<String, Item> byTitle) {
        this.byTitle = byTitle;
    }

    public static AgendaItems fromClasspath() {
        try (InputStream in = AgendaItems.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the agenda vocabulary " + RESOURCE + " is missing from the build");
            }
            return from(Rio.parse(in, VOCABULARY_BASE, RDFFormat.TURTLE));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static AgendaItems from(Model model) {
        Map<String, Item> byTitle = new HashMap<>();
        for (Resource subject : model.filter(null, TermIris.TYPE, TermIris.AGENDA_ITEM_CLASS).subjects()) {
            String iri = subject.stringValue();
            if (!iri.startsWith(VOCABULARY_BASE)) {
                continue;
            }
            Map<String, String> pref = new HashMap<>();
            for (Statement s : model.filter(subject, SKOS.PREF_LABEL, null)) {
                Literal l = (Literal) s.getObject();
                l.getLanguage().ifPresent(lang -> pref.put(lang, l.getLabel()));
            }
            // sorted by language: Map.copyOf would iterate in an order that changes from one run to the next
            Item item = new Item(iri.substring(VOCABULARY_BASE.length()), Collections.unmodifiableMap(new TreeMap<>(pref)));
            for (IRI p : List.of(SKOS.PREF_LABEL, SKOS.ALT_LABEL, SKOS.HIDDEN_LABEL, TermIris.LABEL)) {
                for (Statement s : model.filter(subject, p, null)) {
                    byTitle.put(normalize(s.getObject().stringValue()), item);
                }
            }
        }
        return new AgendaItems(byTitle);
    }

    public Optional<Item> find(String title) {
        return Optional.ofNullable(byTitle.get(normalize(title)));
    }

    /** The key of a title that the vocabulary does not hold. */
    public static String keyForUnknown(String title) {
        return "x-" + Sha256.hex(normalize(title)).substring(0, 12);
    }

    static String normalize(String title) {
        return AgendaTitles.key(title);
    }
}
