package org.unkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.model.vocabulary.SKOSXL;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.unkg.common.IriScheme;
import org.unkg.mention.Entity;
import org.unkg.mention.EntityVocabulary;
import org.unkg.mention.LangString;

/**
 * Reads the entities of {@code ontology/vocabularies} with every name they go by from the Turtle files into the
 * mention stage's {@link EntityVocabulary}. Codes ({@code skos:notation}, ISO codes) are not names: "PE" or "AS" in a
 * text are not Peru or American Samoa. The files name their entities under the published base
 * ({@link IriScheme#standard()}), whatever base the converted documents get.
 */
public final class EntityVocabularyReader {

    private static final String BASE = IriScheme.standard().entityBase();
    static final List<String> FILES = List.of("organizations", "instruments", "countries", "armed-groups",
            "themes");
    private static final Pattern SYMBOL_YEAR = Pattern.compile("\\((\\d{4})\\)$");
    private static final List<IRI> NAMES = List.of(SKOS.PREF_LABEL, SKOS.ALT_LABEL, SKOS.HIDDEN_LABEL, RDFS.LABEL);

    private EntityVocabularyReader() {
    }

    /** The vocabularies packaged with the program. */
    public static EntityVocabulary fromClasspath() {
        EntityVocabulary.Collected vocabulary = EntityVocabulary.collect();
        for (String file : FILES) {
            String resource = "ontology/vocabularies/" + file + ".ttl";
            Model model = parse(resource);
            for (Resource s : model.filter(null, SKOS.PREF_LABEL, null).subjects()) {
                if (!(s instanceof IRI iri) || !iri.stringValue().startsWith(BASE) || iri.getLocalName().equals("scheme")
                        || model.contains(iri, RDF.TYPE, SKOS.CONCEPT_SCHEME)) {
                    continue;
                }
                String kind = iri.stringValue().substring(BASE.length()).split("/")[0];
                List<String> types = model.filter(iri, RDF.TYPE, null).objects().stream()
                        .filter(IRI.class::isInstance).map(Value::stringValue).toList();
                Map<String, String> pref = new HashMap<>();
                for (Statement st : model.filter(iri, SKOS.PREF_LABEL, null)) {
                    Literal l = (Literal) st.getObject();
                    l.getLanguage().ifPresent(lang -> pref.put(lang, l.getLabel()));
                }
                List<LangString> alt = model.filter(iri, SKOS.ALT_LABEL, null).objects().stream()
                        .filter(Literal.class::isInstance).map(v -> text((Literal) v)).toList();
                // sorted by language: Map.copyOf would iterate in an order that changes from one run to the next
                Entity e = new Entity(iri.stringValue(), kind, types, Collections.unmodifiableMap(new TreeMap<>(pref)),
                        alt);
                vocabulary.entity(e);
                for (Value r : model.filter(iri, TermIris.ESTABLISHED_BY, null).objects()) {
                    if (r instanceof IRI resolution) {
                        vocabulary.establishedBy(resolution.stringValue(), e);
                        yearOfSymbol(resolution.stringValue()).ifPresent(y -> vocabulary.since(e, y));
                    }
                }
                if (e.hasTypeNamed("Protocol")) {
                    // an entry with parts names the protocols together ("Protocols Additional to the Geneva …")
                    boolean together = model.contains(iri, DCTERMS.HAS_PART, null)
                            || model.contains(null, DCTERMS.IS_PART_OF, iri);
                    for (Value related : model.filter(iri, DCTERMS.RELATION, null).objects()) {
                        if (related instanceof IRI instrument) {
                            vocabulary.protocolOf(instrument.stringValue(), e, together);
                        }
                    }
                }
                for (Value y : model.filter(iri, TermIris.ADOPTION_YEAR, null).objects()) {
                    if (y instanceof Literal year) {
                        vocabulary.since(e, year.intValue());
                    }
                }
                if (e.isTheme()) {
                    themeSignals(model, iri, e, vocabulary);
                }
                if (!e.isTheme()) {
                    timedNames(model, iri, e, vocabulary);
                    // what a body is about (a tribunal's situation, a sanctions committee's sanctions): naming it
                    // signals the theme
                    model.filter(iri, DCTERMS.SUBJECT, null).objects().stream().filter(IRI.class::isInstance)
                            .map(Value::stringValue).sorted().forEach(t -> vocabulary.subject(e, t));
                }
                for (IRI p : e.isTheme() ? List.of(TermIris.TRIGGER_TERM) : NAMES) {
                    for (Statement st : model.filter(iri, p, null)) {
                        LangString name = text((Literal) st.getObject());
                        if (e.isTheme()) {
                            vocabulary.trigger(e, name);
                        } else {
                            vocabulary.name(e, name);
                        }
                    }
                }
            }
        }
        agendaItems(parse(AgendaItems.RESOURCE), vocabulary);
        return vocabulary.build();
    }

    /** The classes whose instances signal a theme, the years it is confined to and the places it is the situation of. */
    private static void themeSignals(Model model, IRI iri, Entity theme, EntityVocabulary.Collected vocabulary) {
        List<String> places = model.filter(iri, DCTERMS.SPATIAL, null).objects().stream()
                .filter(IRI.class::isInstance).map(Value::stringValue).sorted().toList();
        if (!places.isEmpty()) {
            vocabulary.places(theme, places);
        }
        model.filter(iri, SKOS.BROADER, null).objects().stream().filter(IRI.class::isInstance)
                .map(Value::stringValue).sorted().forEach(b -> vocabulary.broader(theme, b));
        model.filter(iri, TermIris.ENUMERATED_WITH, null).objects().stream().filter(IRI.class::isInstance)
                .map(Value::stringValue).findFirst().ifPresent(w -> vocabulary.enumeratedWith(theme, w));
        for (Value c : model.filter(iri, TermIris.TRIGGER_CLASS, null).objects()) {
            if (c instanceof IRI cls) {
                vocabulary.triggerClass(theme, cls.stringValue());
            }
        }
        for (Value t : model.filter(iri, DCTERMS.TEMPORAL, null).objects()) {
            if (t instanceof Resource period) {
                vocabulary.period(theme, new EntityVocabulary.Period(year(model, period, DCAT.START_DATE),
                        year(model, period, DCAT.END_DATE)));
            }
        }
    }

    /** The names the entity bore for a time only: SKOS-XL labels with the period as dct:temporal. */
    private static void timedNames(Model model, IRI iri, Entity e, EntityVocabulary.Collected vocabulary) {
        for (Value v : model.filter(iri, SKOSXL.ALT_LABEL, null).objects()) {
            if (!(v instanceof Resource label)) {
                continue;
            }
            for (Value t : model.filter(label, DCTERMS.TEMPORAL, null).objects()) {
                if (!(t instanceof Resource period)) {
                    continue;
                }
                EntityVocabulary.Period years = new EntityVocabulary.Period(year(model, period, DCAT.START_DATE),
                        year(model, period, DCAT.END_DATE));
                for (Value form : model.filter(label, SKOSXL.LITERAL_FORM, null).objects()) {
                    if (form instanceof Literal name) {
                        vocabulary.timedName(e, text(name), years);
                    }
                }
            }
        }
    }

    private static OptionalInt year(Model model, Resource period, IRI p) {
        return Models.objectLiteral(model.filter(period, p, null))
                .map(l -> OptionalInt.of(Integer.parseInt(l.getLabel().substring(0, 4))))
                .orElse(OptionalInt.empty());
    }

    /** Every title of every agenda item with the themes (dct:subject) the item is about. */
    private static void agendaItems(Model model, EntityVocabulary.Collected vocabulary) {
        for (Resource item : model.filter(null, RDF.TYPE, TermIris.AGENDA_ITEM_CLASS).subjects()) {
            List<String> themes = model.filter(item, DCTERMS.SUBJECT, null).objects().stream()
                    .filter(IRI.class::isInstance).map(Value::stringValue).sorted().toList();
            if (themes.isEmpty()) {
                continue;
            }
            for (IRI p : NAMES) {
                for (Value title : model.filter(item, p, null).objects()) {
                    vocabulary.agendaItem(title.stringValue(), themes);
                }
            }
        }
    }

    private static LangString text(Literal l) {
        return new LangString(l.getLabel(), l.getLanguage().orElse(""));
    }

    /** A packaged vocabulary file, parsed once per run: the mention stage and the writer both read it. */
    static Model parse(String resource) {
        return PARSED.computeIfAbsent(resource, EntityVocabularyReader::read);
    }

    private static final Map<String, Model> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Model read(String resource) {
        try (InputStream in = EntityVocabularyReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return Rio.parse(in, BASE, RDFFormat.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /** The year a document IRI's symbol ends with ({@code …/S/RES/1267(1999)}), if it ends with one. */
    private static OptionalInt yearOfSymbol(String documentIri) {
        Matcher m = SYMBOL_YEAR.matcher(documentIri);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
