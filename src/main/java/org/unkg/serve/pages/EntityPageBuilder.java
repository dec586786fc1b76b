package org.unkg.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.unkg.common.IriScheme;
import org.unkg.common.Unkg;
import org.unkg.serve.http.Format;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.lod.LinkedData;
import org.unkg.serve.lod.LocalPaths;
import org.unkg.serve.pages.EntityPage.EntailedProperty;
import org.unkg.serve.pages.EntityPage.Fact;
import org.unkg.serve.pages.EntityPage.InverseGroup;
import org.unkg.serve.pages.EntityPage.ParagraphView;
import org.unkg.serve.pages.EntityPage.PropertyRow;
import org.unkg.serve.pages.EntityPage.Ref;
import org.unkg.serve.pages.EntityPage.SubjectLine;
import org.unkg.serve.pages.EntityPage.Text;
import org.unkg.serve.pages.EntityPage.Value;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Gathers an entity page ({@link EntityPage}) from the store in one read transaction: the statements from and to the
 * entity ({@link EntityFacts}), a page of each group of inverse links ({@link InverseLinks}), a document's text
 * ({@link DocumentText}), its provenance ({@link Provenance}), and one query for the names of everything shown
 * ({@link NodeLabels}); a handful of queries whatever the entity.
 */
final class EntityPageBuilder {

    /** How many values of one property a page lists before it offers the next ones. */
    static final int VALUES = 20;
    /** Where the graph viewer's data comes from ({@code org.unkg.serve.explore}). */
    private static final String NEIGHBOURHOOD = "/api/neighbourhood";
    /** Above this many values a property's values are listed in IRI order without being named first. */
    private static final int NAMED_SORT = 200;
    /** How many named graphs the provenance names. */
    private static final int GRAPHS = 5;
    private static final int FOLD = 600;

    /** The properties that open a page, in this order; the others follow by name. */
    private static final List<String> FIRST = List.of(Vocab.SKOS_PREF_LABEL, Vocab.RDFS_LABEL, Vocab.SKOS_ALT_LABEL,
            Unkg.SYMBOL, Vocab.DCT_TITLE, Vocab.DCT_DATE, Unkg.MEETING_PROPERTY, Unkg.AGENDA_ITEM_PROPERTY,
            Unkg.MAIN_SUBJECT, Unkg.HAS_VERSION, Unkg.VERSION_OF, Vocab.DCT_LANGUAGE, Vocab.DCT_IS_PART_OF,
            Unkg.PARAGRAPH_NUMBER, Unkg.NUMBER_IN_TEXT, Unkg.SUB_PARAGRAPH_OF,
            Unkg.REFERS_TO, Unkg.MATCHED_TEXT, Unkg.IN_PARAGRAPH, Unkg.IN_VERSION,
            Unkg.CITES, Unkg.MENTIONS, DCTerms.NS + "subject");

    /** Which list a request pages through: a property's values ({@code ?out=}) or its inverse links ({@code ?inv=}). */
    record Paging(String outProperty, String inProperty, long offset) {
        static final Paging NONE = new Paging(null, null, 0);
    }

    private final StoreQueries store;
    private final LocalPaths paths;
    private final Schema terms;
    private final NodeLabels labels;
    private final FactsMemory facts;

    EntityPageBuilder(StoreQueries store, LocalPaths paths, Schema terms, NodeLabels labels, FactsMemory facts) {
        this.store = store;
        this.paths = paths;
        this.terms = terms;
        this.labels = labels;
        this.facts = facts;
    }

    private EntityFacts facts(String iri) {
        return facts.of(iri);
    }

    EntityPage build(String iri, String lang, Paging paging) {
        return store.read(() -> gather(iri, lang, paging));
    }

    /** What the load counted about the thing, from the statistics graph. */
    EntityCounts counts(String iri, String lang) {
        return store.read(() -> EntityCounts.of(store, new IriScheme(paths.base()), iri, PageMessages.of(lang)));
    }

    private EntityPage gather(String iri, String lang, Paging paging) {
        Map<String, String> t = PageMessages.of(lang);
        PageLinks links = new PageLinks(paths, lang);
        String kind = Kinds.of(iri, paths);
        EntityFacts facts = facts(iri);
        Node type = NodeFactory.createURI(Vocab.RDF_TYPE);

        Set<Node> outProperties = new LinkedHashSet<>(facts.outgoing().keySet());
        outProperties.remove(type);
        Set<Node> inProperties = new LinkedHashSet<>(facts.incoming().keySet());
        List<Set<Node>> shown = terms.shown(outProperties, inProperties);
        Set<Node> shownOut = new LinkedHashSet<>(shown.get(0));
        Set<Node> shownIn = new LinkedHashSet<>(shown.get(1));
        // A super-property with values its shown sub-properties do not give is shown too, those they give first
        // (dct:subject beside unkg:mainSubject: every theme, the main ones first).
        Map<Node, Set<Node>> givenBySub = new LinkedHashMap<>();
        for (Node p : outProperties) {
            if (shownOut.contains(p)) {
                continue;
            }
            Set<Node> given = new LinkedHashSet<>();
            for (Node q : shownOut) {
                if (terms.entailedBy(q).contains(new Schema.Directed(p, false))) {
                    given.addAll(facts.outgoing().get(q));
                }
            }
            if (!given.isEmpty() && !given.containsAll(facts.outgoing().get(p))) {
                shownOut.add(p);
                givenBySub.put(p, given);
            }
        }
        if (paging.outProperty() != null && outProperties.contains(NodeFactory.createURI(paging.outProperty()))) {
            shownOut.add(NodeFactory.createURI(paging.outProperty()));
        }
        if (paging.inProperty() != null && inProperties.contains(NodeFactory.createURI(paging.inProperty()))) {
            shownIn.add(NodeFactory.createURI(paging.inProperty()));
        }

        // A document's text: its paragraphs, which then need no rows of their own (dct:hasPart, dct:isPartOf).
        DocumentText text = null;
        String document = kind.equals(Kinds.DOCUMENT) ? iri : labels.documentOf(iri);
        String paragraph = kind.equals(Kinds.PARAGRAPH) ? iri
                : kind.equals(Kinds.MENTION) ? facts.iris(Unkg.IN_PARAGRAPH).stream().findFirst().orElse(null)
                : null;
        if (kind.equals(Kinds.DOCUMENT)) {
            text = DocumentText.of(store, document);
        } else if (paragraph != null) {
            text = DocumentText.paragraph(store, paragraph);
        }
        if (text != null) {
            if (kind.equals(Kinds.DOCUMENT) && !text.isEmpty()) {
                shownOut.remove(NodeFactory.createURI(Vocab.DCT_HAS_PART));
                shownIn.remove(NodeFactory.createURI(Vocab.DCT_IS_PART_OF));
            } else if (kind.equals(Kinds.PARAGRAPH) && !text.isEmpty()) {
                shownOut.remove(NodeFactory.createURI(Unkg.TEXT));
            }
        }

        // Which values and which inverse links this page lists: their IRIs, named in one query below.
        Set<String> named = new LinkedHashSet<>();
        named.add(iri);
        Map<Node, List<Node>> outValues = new LinkedHashMap<>();
        List<Node> outOrder = new ArrayList<>(shownOut);
        outOrder.sort(Comparator.comparingInt(EntityPageBuilder::order)
                .thenComparing((Node p) -> terms.name(p.getURI(), lang)));
        for (Node p : outOrder) {
            List<Node> values = new ArrayList<>(facts.outgoing().get(p));
            Set<Node> first = givenBySub.getOrDefault(p, Set.of());
            values.sort(Comparator.comparing((Node v) -> !first.contains(v)).thenComparing(Node::isLiteral)
                    .thenComparing((Node v) -> v.toString(), NaturalOrder.INSTANCE));
            outValues.put(p, values);
            if (values.size() <= NAMED_SORT) {
                values.stream().filter(Node::isURI).forEach(v -> named.add(v.getURI()));
            } else {
                long offset = offset(paging, p, true);
                values.stream().skip(offset).limit(VALUES).filter(Node::isURI).forEach(v -> named.add(v.getURI()));
            }
        }
        if (text != null) {
            named.addAll(text.targets());
        }
        Map<Node, List<String>> inSubjects = new LinkedHashMap<>();
        for (Node p : shownIn) {
            long count = facts.incoming().get(p);
            List<String> subjects = InverseLinks.page(store, iri, p.getURI(), count, offset(paging, p, false),
                    InverseLinks.PAGE);
            if (!p.getURI().equals(paging.inProperty()) && count == subjects.size()
                    && linkedBack(subjects, p, outValues)) {
                continue;
            }
            inSubjects.put(p, subjects);
            named.addAll(subjects);
        }

        List<Provenance.LanguageVersion> versions = document != null && !kind.equals(Kinds.GRAPH)
                ? Provenance.versions(store, document) : List.of();
        versions.forEach(v -> {
            named.add(v.iri());
            if (v.agent() != null) {
                named.add(v.agent());
            }
        });
        List<String> ownGraphs = new ArrayList<>();
        if (document != null) {
            ownGraphs.add(paths.base() + LocalPaths.GRAPH
                    + document.substring(paths.base().length() + LocalPaths.ID.length() + "document/".length()));
        }
        ownGraphs.addAll(labels.vocabularyGraphs());
        Provenance.Graphs graphs = kind.equals(Kinds.GRAPH) ? new Provenance.Graphs(Map.of(), 0, false)
                : Provenance.graphs(store, iri, ownGraphs, GRAPHS);
        named.addAll(graphs.statements().keySet());

        NodeLabels.Names names = labels.fetch(named, lang);

        // Title and subtitles.
        NodeLabels.Label title = names.of(iri);
        List<Text> subtitles = new ArrayList<>();
        for (Provenance.LanguageVersion v : versions) {
            if (kind.equals(Kinds.DOCUMENT) && v.title() != null && !v.title().value().equals(title.text())) {
                subtitles.add(v.title());
            }
        }
        subtitles.sort(Comparator.comparingInt(s -> Literals.rank(s.lang(), lang)));

        // Types.
        List<Node> allTypes = facts.types();
        Set<Node> specific = terms.mostSpecific(allTypes);
        List<Ref> types = specific.stream().map(c -> term(c.getURI(), links)).toList();
        List<Ref> entailedTypes = allTypes.stream().filter(c -> !specific.contains(c))
                .map(c -> term(c.getURI(), links)).toList();

        // Properties.
        List<PropertyRow> rows = new ArrayList<>();
        for (Map.Entry<Node, List<Node>> entry : outValues.entrySet()) {
            rows.add(row(iri, entry.getKey(), entry.getValue(), givenBySub.getOrDefault(entry.getKey(), Set.of()), paging,
                    names, links));
        }

        // Inverse links.
        List<InverseGroup> inverse = new ArrayList<>();
        for (Map.Entry<Node, List<String>> entry : inSubjects.entrySet()) {
            inverse.add(group(iri, entry.getKey(), facts.incoming().get(entry.getKey()), entry.getValue(), paging,
                    names, links));
        }
        inverse.sort(Comparator.comparingLong(InverseGroup::count).reversed().thenComparing(InverseGroup::label));

        // What the store added through the aligned vocabularies.
        List<EntailedProperty> entailed = new ArrayList<>();
        for (Node p : outProperties) {
            if (!shown.get(0).contains(p)) {
                entailed.add(new EntailedProperty(terms.curie(p.getURI()), terms.name(p.getURI(), lang), false,
                        facts.outgoing().get(p).size(), pageHref(links, iri, "out", p.getURI(), 0)));
            }
        }
        for (Node p : inProperties) {
            if (!shown.get(1).contains(p)) {
                entailed.add(new EntailedProperty(terms.curie(p.getURI()), terms.name(p.getURI(), lang), true,
                        facts.incoming().get(p), pageHref(links, iri, "inv", p.getURI(), 0) + "#inv-"
                        + anchor(p.getURI())));
            }
        }
        entailed.sort(Comparator.comparing(EntailedProperty::incoming).thenComparing(EntailedProperty::curie));

        // Text.
        List<ParagraphView> paragraphs = List.of();
        if (text != null && !text.isEmpty()) {
            if (kind.equals(Kinds.DOCUMENT)) {
                paragraphs = text.views(p -> true, null, names, links, terms);
            } else {
                paragraphs = text.views(paragraph::equals, iri, names, links, terms);
            }
        }

        // Provenance.
        List<Fact> provenance = new ArrayList<>();
        for (Provenance.LanguageVersion v : versions) {
            if (!kind.equals(Kinds.VERSION) || v.iri().equals(iri) || versions.size() == 1) {
                provenance.addAll(Provenance.facts(v, t, names, links));
            }
        }
        if (kind.equals(Kinds.GRAPH)) {
            long[] size = Provenance.graphSize(store, iri);
            provenance.add(new Fact(t.get("prov.statements"), String.format(Locale.ROOT, "%,d", size[0]), null, false));
            provenance.add(new Fact(t.get("prov.subjects"), String.format(Locale.ROOT, "%,d", size[1]), null, false));
            String described = labels.documentOf(iri);
            if (described != null && names.stated(described) != null) {
                provenance.add(new Fact(t.get("prov.document"), names.of(described).text(), links.href(described),
                        false));
            }
        }
        List<Ref> graphRefs = new ArrayList<>();
        graphs.statements().forEach((g, count) -> graphRefs.add(new Ref(names.of(g).text(), "", links.href(g), g,
                t.get("prov.graph.count").replace("{n}", String.format(Locale.ROOT, "%,d", count)))));
        String moreGraphs = "";
        if (graphs.total() > graphRefs.size()) {
            String n = String.format(Locale.ROOT, "%,d", graphs.total() - graphRefs.size()) + (graphs.more() ? "+" : "");
            moreGraphs = t.get("prov.graphs.more").replace("{n}", n);
        }

        List<Ref> formats = new ArrayList<>();
        for (Format format : LinkedData.RDF) {
            formats.add(new Ref(t.get("format." + format.extension()), "", paths.data(iri, format),
                    format.mediaType(), "." + format.extension()));
        }
        String sparql = kind.equals(Kinds.GRAPH)
                ? "SELECT ?s ?p ?o WHERE { GRAPH <" + iri + "> { ?s ?p ?o } } LIMIT 100"
                : "DESCRIBE <" + iri + ">";

        Map<Node, List<Node>> jsonStatements = new LinkedHashMap<>();
        for (Node p : shown.get(0)) {
            jsonStatements.put(p, facts.outgoing().get(p));
        }
        String jsonLd = EmbeddedJsonLd.of(iri, specific, jsonStatements, terms.prefixes());

        return new EntityPage(iri, title.text(), title.lang(), subtitles, kind, types, entailedTypes, formats,
                OutboundLinks.of(facts, lang), "/sparql?query=" + LocalPaths.query(sparql), rows, inverse, entailed,
                paragraphs, provenance, graphRefs, moreGraphs, jsonLd,
                links.withLang(NEIGHBOURHOOD + "?iri=" + LocalPaths.query(iri)), kindNames(t),
                allTypes.stream().anyMatch(c -> c.isURI() && c.getURI().equals(Unkg.DISCOVERED_ENTITY)));
    }

    /**
     * Whether every thing linking to the entity with {@code property} is already a value of another property shown:
     * a paragraph's document has it as a part ({@code dct:hasPart}) and is shown as what it is part of
     * ({@code dct:isPartOf}), two properties DCTERMS calls inverse only in words. A thing that links back with the
     * same property (two documents citing each other) is news and stays.
     */
    private static boolean linkedBack(List<String> subjects, Node property, Map<Node, List<Node>> outValues) {
        Set<String> linked = new LinkedHashSet<>();
        outValues.forEach((p, values) -> {
            if (!p.equals(property)) {
                values.stream().filter(Node::isURI).forEach(v -> linked.add(v.getURI()));
            }
        });
        return !subjects.isEmpty() && linked.containsAll(subjects);
    }

    /** The names of the kinds of node ({@code kind.document=...}), as JSON for the graph's legend. */
    private static String kindNames(Map<String, String> t) {
        JsonObject names = new JsonObject();
        t.forEach((key, name) -> {
            if (key.startsWith("kind.")) {
                names.put(key.substring("kind.".length()), name);
            }
        });
        return names.toString();
    }

    /** A property's row, its values in order: those of {@code first} (a shown sub-property's values) first. */
    private PropertyRow row(String iri, Node property, List<Node> values, Set<Node> first, Paging paging,
            NodeLabels.Names names, PageLinks links) {
        String lang = links.lang();
        List<Node> ordered = values;
        if (values.size() <= NAMED_SORT) {
            ordered = new ArrayList<>(values);
            ordered.sort(Comparator.comparing((Node v) -> !first.contains(v)).thenComparing(Node::isLiteral)
                    .thenComparing((Node v) -> v.isLiteral() ? Literals.rank(v.getLiteralLanguage(), lang) : 0)
                    .thenComparing(v -> v.isURI() ? names.of(v.getURI()).text() : v.getLiteralLexicalForm(),
                            NaturalOrder.INSTANCE));
        }
        long offset = offset(paging, property, true);
        List<Value> shown = new ArrayList<>();
        ordered.stream().skip(offset).limit(VALUES).forEach(v -> shown.add(value(v, names, links)));
        String p = property.getURI();
        String next = offset + VALUES < values.size() ? pageHref(links, iri, "out", p, offset + VALUES) : null;
        String previous = offset > 0 ? pageHref(links, iri, "out", p, Math.max(0, offset - VALUES)) : null;
        return new PropertyRow(terms.name(p, lang), terms.comment(p, lang), termHref(p, links), terms.curie(p), shown,
                values.size(), next, previous);
    }

    private InverseGroup group(String iri, Node property, long count, List<String> subjects, Paging paging,
            NodeLabels.Names names, PageLinks links) {
        String lang = links.lang();
        String p = property.getURI();
        long offset = offset(paging, property, false);
        List<Value> values = subjects.stream().map(s -> value(NodeFactory.createURI(s), names, links)).toList();
        List<SubjectLine> lines = new ArrayList<>();
        String lineDocument = null;
        for (String s : subjects) {
            String document = labels.documentOf(s);
            NodeLabels.Label part = names.part(s);
            if (document != null && part != null && !paths.isGraph(s)) {
                Value value = new Value(part.text(), part.lang(), links.href(s), "", false);
                if (document.equals(lineDocument)) {
                    lines.get(lines.size() - 1).parts().add(value);
                } else {
                    List<Value> parts = new ArrayList<>();
                    parts.add(value);
                    lines.add(new SubjectLine(value(NodeFactory.createURI(document), names, links), false, parts));
                    lineDocument = document;
                }
            } else {
                lines.add(new SubjectLine(value(NodeFactory.createURI(s), names, links), true, new ArrayList<>()));
                lineDocument = s;
            }
        }
        String anchor = "inv-" + anchor(p);
        String next = offset + InverseLinks.PAGE < count
                ? pageHref(links, iri, "inv", p, offset + InverseLinks.PAGE) + "#" + anchor : null;
        String previous = offset > 0
                ? pageHref(links, iri, "inv", p, Math.max(0, offset - InverseLinks.PAGE)) + "#" + anchor : null;
        return new InverseGroup(anchor, terms.name(p, lang), terms.comment(p, lang), termHref(p, links),
                terms.curie(p), count, values, lines, offset, next, previous);
    }

    private Value value(Node node, NodeLabels.Names names, PageLinks links) {
        if (node.isURI()) {
            String href = links.href(node.getURI());
            NodeLabels.Label label = names.of(node.getURI());
            String note = paths.isLocal(node.getURI()) ? "" : terms.curie(node.getURI());
            if (note.equals(label.text())) {
                note = "";
            }
            return new Value(label.text(), label.lang(), href, note, false);
        }
        if (node.isLiteral()) {
            String lexical = node.getLiteralLexicalForm();
            String note = !node.getLiteralLanguage().isEmpty() ? node.getLiteralLanguage()
                    : node.getLiteralDatatypeURI().endsWith("#string") ? "" : terms.curie(node.getLiteralDatatypeURI());
            return new Value(lexical, node.getLiteralLanguage(), null, note, lexical.length() > FOLD);
        }
        return new Value("_:" + node.getBlankNodeLabel(), "", null, "", false);
    }

    /** A class or property named in the reader's language and linked to its documentation. */
    private Ref term(String iri, PageLinks links) {
        return new Ref(terms.name(iri, links.lang()), "", termHref(iri, links), terms.comment(iri, links.lang()),
                terms.curie(iri));
    }

    /** The documentation of a term: the ontology's page for its own, the term's IRI for another vocabulary's. */
    private String termHref(String iri, PageLinks links) {
        return links.href(iri.startsWith(Unkg.NS) ? paths.base() + LocalPaths.ONTOLOGY + "#"
                + iri.substring(Unkg.NS.length()) : iri);
    }

    /** Where a property stands among the first ones; after them all when it is not one. */
    private static int order(Node property) {
        int index = FIRST.indexOf(property.getURI());
        return index < 0 ? FIRST.size() : index;
    }

    private long offset(Paging paging, Node property, boolean out) {
        String asked = out ? paging.outProperty() : paging.inProperty();
        return property.getURI().equals(asked) ? paging.offset() : 0;
    }

    private String pageHref(PageLinks links, String iri, String parameter, String property, long offset) {
        return links.withLang(paths.page(iri) + "?" + parameter + "=" + LocalPaths.query(property)
                + (offset > 0 ? "&offset=" + offset : ""));
    }

    /** A fragment identifier for a property: its prefixed name with the colon made a dash. */
    private String anchor(String property) {
        return terms.curie(property).replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
