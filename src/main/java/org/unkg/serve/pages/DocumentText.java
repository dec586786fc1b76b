package org.unkg.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.pages.EntityPage.ParagraphView;
import org.unkg.serve.pages.EntityPage.Segment;

/**
 * A document's paragraphs in reading order, sub-paragraphs inside the paragraph they belong to, each text cut at its
 * mentions so that every name found is highlighted and linked to what it names. Two queries for the whole document.
 *
 * <p>StoredMention offsets count code points in the language version's full text, and so does a paragraph's start: a
 * mention at {@code [start, end)} is the paragraph text's code points {@code [start - paragraphStart,
 * end - paragraphStart)}. A mention whose cut differs from its matched text, or that overlaps one before it, is left
 * plain rather than highlighted wrongly.
 */
final class DocumentText {

    private static final String ONE = "{ BIND(?focus AS ?p) } UNION { ?p unkg:subParagraphOf+ ?focus }";
    private static final String ALL = "?s dct:hasPart ?p .";
    private static final String PARAGRAPHS = """
            SELECT ?p ?n ?num ?text ?start ?parent ?kind {
              %s ?p unkg:paragraphNumber ?n .
              OPTIONAL { ?p unkg:text ?text }
              OPTIONAL { ?p unkg:startOffset ?start }
              OPTIONAL { ?p unkg:numberInText ?num }
              OPTIONAL { ?p unkg:subParagraphOf ?parent }
              OPTIONAL { ?p a ?kind FILTER(?kind IN (unkg:PreambularParagraph, unkg:OperativeParagraph,
                                                    unkg:Heading, unkg:ListItem)) }
            }""";
    private static final String MENTIONS = """
            SELECT ?m ?p ?start ?end ?text ?e ?lang {
              %s ?m unkg:inParagraph ?p ; unkg:startOffset ?start ; unkg:endOffset ?end ; unkg:refersTo ?e .
              OPTIONAL { ?m unkg:matchedText ?text }
              OPTIONAL { ?m unkg:inVersion/dct:language ?lang }
            }""";
    private static final Query DOCUMENT_PARAGRAPHS = StoreQueries.parse(PARAGRAPHS.formatted(ALL));
    private static final Query DOCUMENT_MENTIONS = StoreQueries.parse(MENTIONS.formatted(ALL));
    private static final Query ONE_PARAGRAPH = StoreQueries.parse(PARAGRAPHS.formatted(ONE));
    private static final Query ONE_PARAGRAPHS_MENTIONS = StoreQueries.parse(MENTIONS.formatted(ONE));

    /** A paragraph as stored. */
    private static final class Para {
        final String iri;
        long number;
        String numberInText = "";
        String kind;
        final List<Node> texts = new ArrayList<>();
        long start = -1;
        String parent;

        Para(String iri) {
            this.iri = iri;
        }
    }

    /** A mention as stored. */
    record StoredMention(String iri, String paragraph, long start, long end, String matched, String target, String lang) {
    }

    private final Map<String, Para> paragraphs;
    private final Map<String, List<StoredMention>> mentions;

    private DocumentText(Map<String, Para> paragraphs, Map<String, List<StoredMention>> mentions) {
        this.paragraphs = paragraphs;
        this.mentions = mentions;
    }

    /** The paragraphs and mentions of a document; empty for anything without paragraphs. */
    static DocumentText of(StoreQueries store, String document) {
        return read(store, DOCUMENT_PARAGRAPHS, DOCUMENT_MENTIONS, Map.of("s", NodeFactory.createURI(document)));
    }

    /** One paragraph with its sub-paragraphs, and their mentions. */
    static DocumentText paragraph(StoreQueries store, String paragraph) {
        return read(store, ONE_PARAGRAPH, ONE_PARAGRAPHS_MENTIONS, Map.of("focus", NodeFactory.createURI(paragraph)));
    }

    private static DocumentText read(StoreQueries store, Query paragraphQuery, Query mentionQuery,
            Map<String, Node> values) {
        Map<String, Para> paragraphs = new LinkedHashMap<>();
        for (Binding row : store.select(paragraphQuery, values)) {
            Para p = paragraphs.computeIfAbsent(row.get("p").getURI(), Para::new);
            p.number = number(row.get("n"));
            if (row.contains("num")) {
                p.numberInText = row.get("num").getLiteralLexicalForm();
            }
            if (row.contains("text") && !p.texts.contains(row.get("text"))) {
                p.texts.add(row.get("text"));
            }
            if (row.contains("start")) {
                p.start = number(row.get("start"));
            }
            if (row.contains("parent")) {
                p.parent = row.get("parent").getURI();
            }
            if (row.contains("kind")) {
                p.kind = row.get("kind").getURI();
            }
        }
        Map<String, List<StoredMention>> mentions = new HashMap<>();
        if (!paragraphs.isEmpty()) {
            Set<String> seen = new LinkedHashSet<>();
            for (Binding row : store.select(mentionQuery, values)) {
                String iri = row.get("m").getURI();
                if (!seen.add(iri)) {
                    continue;
                }
                String lang = row.contains("lang") ? row.get("lang").getURI() : "";
                lang = lang.startsWith(Vocab.LANGUAGE_PREFIX) ? lang.substring(Vocab.LANGUAGE_PREFIX.length()) : "";
                mentions.computeIfAbsent(row.get("p").getURI(), k -> new ArrayList<>()).add(new StoredMention(iri,
                        row.get("p").getURI(), number(row.get("start")), number(row.get("end")),
                        row.contains("text") ? row.get("text").getLiteralLexicalForm() : null,
                        row.get("e").getURI(), lang));
            }
        }
        return new DocumentText(paragraphs, mentions);
    }

    boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    /** Every IRI the mentions name, for the labels of their tooltips. */
    Set<String> targets() {
        Set<String> targets = new LinkedHashSet<>();
        mentions.values().forEach(list -> list.forEach(m -> targets.add(m.target())));
        return targets;
    }

    /**
     * The paragraphs to show, nested: those {@code shown} selects (and their sub-paragraphs), in reading order.
     * {@code current} is the paragraph or mention the page is about, marked as such; null on a document's page.
     */
    List<ParagraphView> views(Predicate<String> shown, String current, NodeLabels.Names names, PageLinks links,
            Schema terms) {
        Map<String, List<Para>> children = new HashMap<>();
        List<Para> roots = new ArrayList<>();
        List<Para> ordered = new ArrayList<>(paragraphs.values());
        ordered.sort(Comparator.comparingLong(p -> p.number));
        for (Para p : ordered) {
            if (p.parent != null && paragraphs.containsKey(p.parent) && shown.test(p.parent)) {
                children.computeIfAbsent(p.parent, k -> new ArrayList<>()).add(p);
            } else if (shown.test(p.iri)) {
                roots.add(p);
            }
        }
        List<ParagraphView> views = new ArrayList<>();
        String kind = null;
        for (Para p : roots) {
            views.add(view(p, children, current, names, links, terms, kind));
            kind = p.kind;
        }
        return views;
    }

    /** A paragraph's view; its kind is named only where it changes from {@code kindBefore}'s. */
    private ParagraphView view(Para p, Map<String, List<Para>> children, String current, NodeLabels.Names names,
            PageLinks links, Schema terms, String kindBefore) {
        List<ParagraphView> nested = new ArrayList<>();
        String before = p.kind;
        for (Para child : children.getOrDefault(p.iri, List.of())) {
            nested.add(view(child, children, current, names, links, terms, before));
            before = child.kind;
        }
        String lang = links.lang();
        Node text = Literals.best(p.texts, lang);
        String textLang = text == null ? "" : text.getLiteralLanguage();
        List<Segment> segments = text == null ? List.of()
                : segments(text.getLiteralLexicalForm(), textLang, p, current, names, links);
        String kind = p.kind == null || p.kind.equals(kindBefore) ? "" : terms.name(p.kind, lang);
        return new ParagraphView(links.page(p.iri), "para-" + p.number, p.number, p.numberInText, kind, textLang,
                segments, nested, p.iri.equals(current));
    }

    /**
     * The text cut at the paragraph's mentions. A mention inside another (a body named in an instrument's title) is a
     * part of the outer one's segment; mentions go one deep, and one that overlaps another without lying inside it is
     * left out.
     */
    private List<Segment> segments(String text, String textLang, Para p, String current, NodeLabels.Names names,
            PageLinks links) {
        int length = text.codePointCount(0, text.length());
        List<Span> spans = new ArrayList<>();
        for (StoredMention m : mentions.getOrDefault(p.iri, List.of())) {
            if (p.start < 0 || (!m.lang().isEmpty() && !textLang.isEmpty() && !textLang.startsWith(m.lang()))) {
                continue;
            }
            long from = m.start() - p.start;
            long to = m.end() - p.start;
            if (from < 0 || to <= from || to > length) {
                continue;
            }
            int fromChar = text.offsetByCodePoints(0, (int) from);
            int toChar = text.offsetByCodePoints(0, (int) to);
            if (m.matched() != null && !m.matched().equals(text.substring(fromChar, toChar))) {
                continue;
            }
            spans.add(new Span(fromChar, toChar, m));
        }
        spans.sort(Comparator.comparingInt(Span::from).thenComparing(x -> -x.to()));
        return cut(text, 0, text.length(), spans, true, current, names, links);
    }

    /** The text between two char offsets, cut at the spans that start in it; spans inside a span are its parts. */
    private static List<Segment> cut(String text, int start, int end, List<Span> spans, boolean outer, String current,
            NodeLabels.Names names, PageLinks links) {
        List<Segment> segments = new ArrayList<>();
        int done = start;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.from() < done || s.to() > end) {
                continue;
            }
            if (s.from() > done) {
                segments.add(new Segment(text.substring(done, s.from()), null, "", "", false, List.of()));
            }
            List<Span> inside = new ArrayList<>();
            for (int j = i + 1; j < spans.size() && spans.get(j).from() < s.to(); j++) {
                if (spans.get(j).to() <= s.to()) {
                    inside.add(spans.get(j));
                }
            }
            List<Segment> parts = outer && !inside.isEmpty()
                    ? cut(text, s.from(), s.to(), inside, false, current, names, links) : List.of();
            StoredMention m = s.mention();
            segments.add(new Segment(text.substring(s.from(), s.to()), links.href(m.target()),
                    names.of(m.target()).text(), m.iri(), m.iri().equals(current), parts));
            done = s.to();
        }
        if (done < end) {
            segments.add(new Segment(text.substring(done, end), null, "", "", false, List.of()));
        }
        return segments;
    }

    /** A mention's span in a paragraph's text, in char offsets. */
    private record Span(int from, int to, StoredMention mention) {
    }

    private static long number(Node literal) {
        Object value = literal.getLiteralValue();
        return value instanceof Number n ? n.longValue() : Long.parseLong(literal.getLiteralLexicalForm());
    }
}
