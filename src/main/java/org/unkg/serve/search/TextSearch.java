package org.unkg.serve.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.unkg.common.IriScheme;
import org.unkg.common.Unkg;
import org.unkg.serve.http.StoreQueries;

/**
 * Full-text search over the served dataset's jena-text index: paragraphs by their text ({@code unkg:text}) in each
 * language asked, with the index's own analyzers (SmartChineseAnalyzer for Chinese, EnglishAnalyzer for English),
 * and entities by their names (the {@code label} field). Lucene ranks the paragraphs by their words
 * ({@link WordsQuery}) and counts them; the best {@link #WINDOW} are then weighed by what the graph knows of them
 * ({@link Ranking}: their kind, length, the things they name and their themes), and only the paragraphs of the page
 * shown are joined with their documents and highlighted.
 */
final class TextSearch implements AutoCloseable {

    /**
     * Paragraphs weighed by {@link Ranking}, the first five pages; further pages follow in Lucene's order, so that
     * every page is cut from the same order.
     */
    static final int WINDOW = 100;
    private static final int MAX_ENTITIES = 12;

    /**
     * A paragraph that matched.
     *
     * @param paragraph its IRI
     * @param lang      the language of its text
     * @param score     its score: Lucene's, weighed by {@link Ranking} inside the window
     * @param document  its document's IRI
     * @param number    the paragraph's number
     * @param text      its text
     */
    record Hit(String paragraph, String lang, double score, String document, int number, String text) {
    }

    /**
     * What a results page says about a document.
     *
     * @param symbol its symbol, or null
     * @param title  its label in the language of the hit when it has no symbol, or null
     * @param type   its most specific class, or null
     * @param date   its date (YYYY-MM-DD), or null
     */
    record DocumentSummary(String symbol, String title, String type, String date) {
    }

    /**
     * An entity whose name matched.
     *
     * @param iri    its IRI
     * @param labels its names by language
     * @param types  its most specific classes of the ontology
     */
    record EntityMatch(String iri, Map<String, String> labels, List<String> types) {
    }

    /** The words could not be read as a Lucene query, even with every special character escaped. */
    static final class UnreadableQuery extends RuntimeException {
        UnreadableQuery(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * What a search found.
     *
     * @param entities the things whose names match, those the words name first
     * @param hits     the paragraphs of the page asked, best first
     * @param total    every paragraph that matched, filters applied
     */
    record Results(List<EntityMatch> entities, List<Hit> hits, long total) {
    }

    private final StoreQueries store;
    private final LuceneIndex index;
    private final IriScheme iris;

    /** Searches the dataset {@code store} asks, for entities with IRIs under {@code iris}. */
    TextSearch(StoreQueries store, IriScheme iris) {
        this.store = store;
        this.index = LuceneIndex.of(store.dataset());
        this.iris = iris;
    }

    /** The entities and the page of paragraphs that match, in the languages and with the filters asked. */
    Results search(SearchRequest request) {
        List<NamedThings.Thing> things;
        try {
            things = NamedThings.find(index, request.q(), request.languages(), iris.entityBase());
        } catch (ParseException e) {
            throw new UnreadableQuery(e.getMessage(), e);
        }
        List<String> named = new ArrayList<>(existing(NamedThings.resolutions(request.q(), iris)));
        named.addAll(NamedThings.mostFullyNamed(things));
        List<String> shown = new ArrayList<>(named);
        things.stream().map(NamedThings.Thing::iri).filter(iri -> !shown.contains(iri)).forEach(shown::add);

        Query filter = documentFilter(request);
        int wanted = request.page() * SearchRequest.PAGE_SIZE;
        List<Hit> found = new ArrayList<>();
        long total = 0;
        for (String lang : request.languages()) {
            Query words;
            try {
                words = WordsQuery.of(index, LuceneIndex.field("text", lang), request.q());
            } catch (ParseException e) {
                throw new UnreadableQuery(e.getMessage(), e);
            }
            Query query = filter == null ? words : new BooleanQuery.Builder()
                    .add(words, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
            LuceneIndex.Matches f = index.search(query, Math.max(WINDOW, wanted), "text");
            total += f.total();
            for (LuceneIndex.Entry e : f.top()) {
                int para = e.uri() == null ? -1 : e.uri().lastIndexOf("/para/");
                if (para > 0) {
                    found.add(new Hit(e.uri(), lang, e.score(), e.uri().substring(0, para),
                            Integer.parseInt(e.uri().substring(para + "/para/".length())), e.value()));
                }
            }
        }
        found.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::paragraph));
        List<Hit> ranked = rank(distinct(found), named);
        int from = Math.min(ranked.size(), (request.page() - 1) * SearchRequest.PAGE_SIZE);
        List<Hit> page = ranked.subList(from, Math.min(ranked.size(), from + SearchRequest.PAGE_SIZE));
        return new Results(entities(shown.subList(0, Math.min(MAX_ENTITIES, shown.size()))), List.copyOf(page),
                total);
    }

    /** The hits in order, each paragraph once. */
    private static List<Hit> distinct(List<Hit> hits) {
        Map<String, Hit> seen = new LinkedHashMap<>();
        hits.forEach(h -> seen.putIfAbsent(h.paragraph(), h));
        return new ArrayList<>(seen.values());
    }

    /** The window's hits weighed by {@link Ranking} and sorted again, the rest after them as they were. */
    private List<Hit> rank(List<Hit> hits, List<String> named) {
        List<Hit> window = hits.subList(0, Math.min(WINDOW, hits.size()));
        Map<String, Ranking.Features> features = features(window, named);
        List<Hit> weighed = new ArrayList<>();
        for (Hit h : window) {
            Ranking.Features f = features.get(h.paragraph());
            weighed.add(new Hit(h.paragraph(), h.lang(), h.score() * Ranking.weight(f), h.document(), h.number(),
                    h.text()));
        }
        weighed.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::paragraph));
        List<Hit> all = new ArrayList<>(weighed);
        all.addAll(hits.subList(window.size(), hits.size()));
        return all;
    }

    /** What {@link Ranking} weighs of each hit, from the graph: kinds, sub-paragraphs, named things and themes. */
    private Map<String, Ranking.Features> features(List<Hit> hits, List<String> named) {
        Map<String, Set<String>> kinds = new HashMap<>();
        Set<String> sub = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> themes = new HashSet<>();
        Set<String> documentThemes = new HashSet<>();
        if (!hits.isEmpty()) {
            String values = hits.stream().map(h -> "<" + h.paragraph() + ">").collect(Collectors.joining(" "));
            StringBuilder sparql = new StringBuilder("SELECT ?p ?kind ?sub ?thing ?theme ?docTheme WHERE {\n")
                    .append("  VALUES ?p { ")
                    .append(values).append(" }\n  { ?p a ?kind FILTER(?kind IN (unkg:Heading, unkg:ListItem, "
                            + "unkg:PreambularParagraph)) }\n  UNION { ?p unkg:subParagraphOf ?sub }\n");
            if (!named.isEmpty()) {
                String things = named.stream().filter(StoreQueries::holdable).map(StoreQueries::iri)
                        .collect(Collectors.joining(" "));
                sparql.append("  UNION { VALUES ?thing { ").append(things).append(" } ?p unkg:mentions ?thing }\n")
                        .append("  UNION { VALUES ?thing { ").append(things)
                        .append(" } ?m unkg:inParagraph ?p ; unkg:refersTo ?thing }\n")
                        .append("  UNION { VALUES ?theme { ").append(things).append(" } ?p dct:subject ?theme }\n")
                        .append("  UNION { VALUES ?docTheme { ").append(things)
                        .append(" } ?p dct:isPartOf/dct:subject ?docTheme }\n");
            }
            select(sparql.append("}").toString(), row -> {
                String p = row.get("p").getURI();
                if (row.contains("kind")) {
                    kinds.computeIfAbsent(p, k -> new HashSet<>()).add(row.get("kind").getURI());
                }
                if (row.contains("sub")) {
                    sub.add(p);
                }
                if (row.contains("thing")) {
                    names.add(p);
                }
                if (row.contains("theme")) {
                    themes.add(p);
                }
                if (row.contains("docTheme")) {
                    documentThemes.add(p);
                }
            });
        }
        Map<String, Ranking.Features> features = new HashMap<>();
        for (Hit h : hits) {
            String p = h.paragraph();
            features.put(p, new Ranking.Features(kinds.getOrDefault(p, Set.of()), sub.contains(p),
                    h.text() == null ? 0 : h.text().codePointCount(0, h.text().length()), h.lang(),
                    names.contains(p), themes.contains(p), documentThemes.contains(p)));
        }
        return features;
    }

    /** The documents among {@code iris} that the store holds. */
    private List<String> existing(List<String> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        String values = documents.stream().filter(StoreQueries::holdable).map(StoreQueries::iri)
                .collect(Collectors.joining(" "));
        select("SELECT ?doc WHERE { VALUES ?doc { " + values + " } FILTER EXISTS { ?doc unkg:symbol ?s } }",
                row -> found.add(row.get("doc").getURI()));
        return documents.stream().filter(found::contains).toList();
    }

    /**
     * The named graphs of the documents that pass the type and year filters, as a Lucene filter on the index's graph
     * field (every paragraph is indexed with its document's graph), or null when nothing is filtered.
     */
    private Query documentFilter(SearchRequest request) {
        if (request.type().isEmpty() && request.from() == null && request.to() == null) {
            return null;
        }
        StringBuilder sparql = new StringBuilder("SELECT DISTINCT ?doc WHERE {\n  ?doc unkg:hasVersion ?version .\n");
        if (!request.type().isEmpty()) {
            sparql.append("  ?doc a <").append(Unkg.NS).append(request.type()).append("> .\n");
        }
        if (request.from() != null || request.to() != null) {
            sparql.append("  ?doc dct:date ?date .\n");
        }
        if (request.from() != null) {
            sparql.append("  FILTER(YEAR(?date) >= ").append(request.from()).append(")\n");
        }
        if (request.to() != null) {
            sparql.append("  FILTER(YEAR(?date) <= ").append(request.to()).append(")\n");
        }
        List<BytesRef> graphs = new ArrayList<>();
        select(sparql.append("}").toString(), row -> iris.documentKey(row.get("doc").getURI())
                .ifPresent(key -> graphs.add(new BytesRef(iris.graph(key)))));
        return new TermInSetQuery(index.graphField(), graphs);
    }

    /** The symbol, title, type and date of the documents of some hits, by document IRI. */
    Map<String, DocumentSummary> documents(List<Hit> hits) {
        Map<String, DocumentSummary> documents = new HashMap<>();
        if (hits.isEmpty()) {
            return documents;
        }
        Map<String, String> langs = new HashMap<>();
        hits.forEach(h -> langs.putIfAbsent(h.document(), h.lang()));
        String values = langs.keySet().stream().map(d -> "<" + d + ">").collect(Collectors.joining(" "));
        Map<String, String[]> found = new HashMap<>();
        select("""
                SELECT ?doc ?symbol ?title ?type ?date WHERE {
                  VALUES ?doc { %s }
                  OPTIONAL { ?doc unkg:symbol ?symbol }
                  OPTIONAL { ?doc dct:date ?date }
                  OPTIONAL { ?doc rdfs:label ?title }
                  OPTIONAL {
                    ?doc a ?type FILTER(STRSTARTS(STR(?type), STR(unkg:)))
                    FILTER NOT EXISTS { ?doc a ?sub . ?sub rdfs:subClassOf ?type FILTER(?sub != ?type) }
                  }
                }""".formatted(values), row -> {
            String doc = row.get("doc").getURI();
            String[] d = found.computeIfAbsent(doc, k -> new String[4]);
            d[0] = d[0] != null ? d[0] : string(row, "symbol");
            Node title = row.get("title");
            if (title != null && title.isLiteral() && (d[1] == null
                    || title.getLiteralLanguage().equals(langs.get(doc)))) {
                d[1] = title.getLiteralLexicalForm();
            }
            d[2] = d[2] != null ? d[2] : row.contains("type") ? row.get("type").getURI() : null;
            d[3] = d[3] != null ? d[3] : string(row, "date");
        });
        found.forEach((doc, d) -> documents.put(doc, new DocumentSummary(d[0], d[1], d[2], d[3])));
        return documents;
    }

    /**
     * The matched words of each paragraph marked, by paragraph IRI, with gaps where text was left out; a paragraph
     * without fragments is left out.
     */
    Map<String, List<Passage.Piece>> highlight(List<Hit> hits, String words) {
        Map<String, List<Passage.Piece>> passages = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        hits.forEach(h -> texts.put(h.paragraph(), h.text()));
        Map<String, List<Hit>> byLang = hits.stream().collect(Collectors.groupingBy(Hit::lang));
        for (Map.Entry<String, List<Hit>> group : byLang.entrySet()) {
            String values = group.getValue().stream().map(h -> "<" + h.paragraph() + ">")
                    .collect(Collectors.joining(" "));
            String sparql = "SELECT ?p ?passage WHERE {\n  VALUES ?p { " + values + " }\n"
                    + "  (?p ?score ?passage) text:query (unkg:text " + literal(words) + " \"lang:" + group.getKey()
                    + "\" " + literal(Passage.highlightOption(220, 2)) + ")\n}";
            try {
                select(sparql, row -> {
                    String text = row.get("passage").getLiteralLexicalForm();
                    if (!text.isBlank()) {
                        String p = row.get("p").getURI();
                        passages.putIfAbsent(p, Passage.pieces(text, texts.get(p)));
                    }
                });
            } catch (UnreadableQuery e) {
                if (!words.equals(QueryParserBase.escape(words))) {
                    passages.putAll(highlight(group.getValue(), QueryParserBase.escape(words)));
                }
            }
        }
        return passages;
    }

    /** The entities given, with their names and most specific classes; a document is named by its symbol. */
    private List<EntityMatch> entities(List<String> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        Map<String, List<String>> types = new HashMap<>();
        Map<String, Map<String, String>> symbols = new HashMap<>();
        found.forEach(iri -> labels.put(iri, new LinkedHashMap<>()));
        String values = found.stream().map(iri -> "<" + iri + ">").collect(Collectors.joining(" "));
        select("""
                SELECT ?e ?label ?symbol ?type WHERE {
                  VALUES ?e { %s }
                  { ?e skos:prefLabel ?label } UNION { ?e rdfs:label ?label } UNION { ?e unkg:symbol ?symbol }
                  UNION {
                    ?e a ?type FILTER(STRSTARTS(STR(?type), STR(unkg:)))
                    FILTER NOT EXISTS { ?e a ?sub . ?sub rdfs:subClassOf ?type FILTER(?sub != ?type) }
                  }
                }""".formatted(values), row -> {
            String e = row.get("e").getURI();
            if (row.contains("symbol")) {
                // A document is known by its symbol in every language.
                String symbol = row.get("symbol").getLiteralLexicalForm();
                symbols.put(e, Map.of("en", symbol, "zh", symbol));
            }
            if (row.contains("label") && row.get("label").isLiteral()) {
                labels.get(e).putIfAbsent(row.get("label").getLiteralLanguage(),
                        row.get("label").getLiteralLexicalForm());
            }
            if (row.contains("type")) {
                List<String> list = types.computeIfAbsent(e, k -> new ArrayList<>());
                if (!list.contains(row.get("type").getURI())) {
                    list.add(row.get("type").getURI());
                }
            }
        });
        List<EntityMatch> entities = new ArrayList<>();
        for (String iri : found) {
            entities.add(new EntityMatch(iri, symbols.getOrDefault(iri, labels.get(iri)),
                    types.getOrDefault(iri, List.of())));
        }
        return entities;
    }

    /** The labels of classes of the ontology, by class and language. */
    Map<String, Map<String, String>> classLabels() {
        Map<String, Map<String, String>> labels = new HashMap<>();
        select("SELECT ?c ?label WHERE { GRAPH ?g { ?c rdfs:label ?label } "
                + "FILTER(STRSTARTS(STR(?c), STR(unkg:))) }", row -> labels
                .computeIfAbsent(row.get("c").getURI(), k -> new HashMap<>())
                .putIfAbsent(row.get("label").getLiteralLanguage(), row.get("label").getLiteralLexicalForm()));
        return labels;
    }

    /** The classes of the documents that have a text, for the type filter. */
    List<String> documentTypes() {
        List<String> types = new ArrayList<>();
        select("""
                SELECT DISTINCT ?type WHERE {
                  ?doc unkg:hasVersion ?version ; a ?type .
                  FILTER(STRSTARTS(STR(?type), STR(unkg:)) && ?type != unkg:Document)
                } ORDER BY ?type""", row -> types.add(row.get("type").getURI()));
        return types;
    }

    private void select(String sparql, Consumer<Binding> each) {
        org.apache.jena.query.Query query = StoreQueries.parse(sparql);
        try {
            // TDB2 reads a row's values as they are asked for: the rows are used inside the transaction.
            store.read(() -> {
                store.select(query, Map.of()).forEach(each);
                return null;
            });
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TextIndexParseException) {
                    throw new UnreadableQuery(t.getMessage(), e);
                }
            }
            throw e;
        }
    }

    /** A SPARQL string literal holding exactly {@code text}. */
    private static String literal(String text) {
        return FmtUtils.stringForNode(NodeFactory.createLiteralString(text));
    }

    private static String string(Binding row, String var) {
        Node node = row.get(var);
        return node == null || !node.isLiteral() ? null : node.getLiteralLexicalForm();
    }

    /** Releases the Lucene reader the search holds open (its files stay open as long as it does). */
    @Override
    public void close() {
        index.close();
    }
}
