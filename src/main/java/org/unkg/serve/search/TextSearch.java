package org.unkg.serve.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.unkg.common.IriScheme;
import org.unkg.common.Unkg;
import org.unkg.serve.http.StoreQueries;

/**
 * Full-text search over the served dataset with jena-text, as the endpoint's {@code text:query} does it: paragraphs
 * by their text ({@code unkg:text}) in each language asked, with the index's own analyzers (SmartChineseAnalyzer for
 * Chinese, EnglishAnalyzer for English), and entities by their names (the {@code label} field). Every hit comes with
 * its document (symbol, most specific type, date) and its paragraph number; the hits of one page are highlighted by
 * jena-text's highlighter, with the same analyzers.
 */
final class TextSearch {

    /** Hits read from the index for one search; more are not ranked, only counted as "more than". */
    static final int MAX_HITS = 2000;
    private static final int MAX_ENTITIES = 12;

    /**
     * A paragraph that matched.
     *
     * @param paragraph its IRI
     * @param lang      the language of its text
     * @param score     Lucene's score
     * @param document  its document's IRI
     * @param number    the paragraph's number
     */
    record Hit(String paragraph, String lang, double score, String document, int number) {
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

    private final StoreQueries store;
    private final IriScheme iris;

    /** Searches the dataset {@code store} asks, for entities with IRIs under {@code iris}. */
    TextSearch(StoreQueries store, IriScheme iris) {
        this.store = store;
        this.iris = iris;
    }

    /**
     * The paragraphs that match, best first.
     *
     * @param hits   every match among the index's best {@link #MAX_HITS} in each language, filters applied
     * @param capped whether the index had more matches in a language than were read, so that there are more
     */
    record Paragraphs(List<Hit> hits, boolean capped) {
    }

    /** Every paragraph that matches, in the languages and with the filters asked, best first. */
    Paragraphs paragraphs(SearchRequest request) {
        String words = request.q();
        List<Hit> hits;
        try {
            hits = paragraphs(request, words);
        } catch (UnreadableQuery e) {
            // Words such as "1373 (2001" or "S/RES/1373" are not Lucene syntax: search them as plain words.
            words = QueryParserBase.escape(request.q());
            hits = paragraphs(request, words);
        }
        boolean capped = false;
        for (String lang : request.languages()) {
            long[] n = {0};
            select("SELECT (COUNT(*) AS ?n) WHERE { ?p text:query (unkg:text " + literal(words) + " "
                    + MAX_HITS + " \"lang:" + lang + "\") }",
                    row -> n[0] = ((Number) row.get("n").getLiteralValue()).longValue());
            capped |= n[0] >= MAX_HITS;
        }
        return new Paragraphs(hits, capped);
    }

    private List<Hit> paragraphs(SearchRequest request, String words) {
        StringBuilder sparql = new StringBuilder("SELECT ?p ?lang ?score ?doc ?n WHERE {\n  ");
        List<String> union = new ArrayList<>();
        for (String lang : request.languages()) {
            union.add("{ (?p ?score) text:query (unkg:text " + literal(words) + " " + MAX_HITS + " \"lang:" + lang
                    + "\") BIND(\"" + lang + "\" AS ?lang) }");
        }
        sparql.append(String.join("\n  UNION ", union)).append("\n  ?p dct:isPartOf ?doc ; unkg:paragraphNumber ?n .\n");
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
        sparql.append("}");
        Map<String, Hit> hits = new LinkedHashMap<>();
        select(sparql.toString(), row -> {
            String p = row.get("p").getURI();
            hits.putIfAbsent(p, new Hit(p, string(row, "lang"),
                    ((Number) row.get("score").getLiteralValue()).doubleValue(), row.get("doc").getURI(),
                    ((Number) row.get("n").getLiteralValue()).intValue()));
        });
        List<Hit> sorted = new ArrayList<>(hits.values());
        sorted.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::paragraph));
        return sorted;
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
     *
     * @param texts the paragraphs' full texts, by IRI
     */
    Map<String, List<Passage.Piece>> highlight(List<Hit> hits, String words, Map<String, String> texts) {
        Map<String, List<Passage.Piece>> passages = new HashMap<>();
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
                    passages.putAll(highlight(group.getValue(), QueryParserBase.escape(words), texts));
                }
            }
        }
        return passages;
    }

    /** The full texts of paragraphs, by IRI. */
    Map<String, String> texts(List<Hit> hits) {
        Map<String, String> texts = new HashMap<>();
        if (hits.isEmpty()) {
            return texts;
        }
        String values = hits.stream().map(h -> "<" + h.paragraph() + ">").collect(Collectors.joining(" "));
        select("SELECT ?p ?text WHERE { VALUES ?p { " + values + " } ?p unkg:text ?text }",
                row -> texts.putIfAbsent(row.get("p").getURI(), row.get("text").getLiteralLexicalForm()));
        return texts;
    }

    /** The entities whose names match best, with their names and most specific classes. */
    List<EntityMatch> entities(SearchRequest request) {
        try {
            return entities(request, request.q());
        } catch (UnreadableQuery e) {
            return entities(request, QueryParserBase.escape(request.q()));
        }
    }

    private List<EntityMatch> entities(SearchRequest request, String words) {
        List<String> union = new ArrayList<>();
        for (String lang : request.languages()) {
            // An entity's several names (labels, alternative names) may each match: read enough entries to rank
            // distinct entities.
            union.add("{ (?e ?score) text:query (rdfs:label " + literal(words) + " " + MAX_HITS + " \"lang:" + lang
                    + "\") }");
        }
        String sparql = "SELECT ?e (MAX(?score) AS ?best) WHERE {\n  " + String.join("\n  UNION ", union)
                + "\n  FILTER(STRSTARTS(STR(?e), \"" + iris.entityBase() + "\"))\n} GROUP BY ?e ORDER BY DESC(?best) ?e LIMIT "
                + MAX_ENTITIES;
        List<String> found = new ArrayList<>();
        select(sparql, row -> found.add(row.get("e").getURI()));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        Map<String, List<String>> types = new HashMap<>();
        found.forEach(iri -> labels.put(iri, new LinkedHashMap<>()));
        String values = found.stream().map(iri -> "<" + iri + ">").collect(Collectors.joining(" "));
        select("""
                SELECT ?e ?label ?type WHERE {
                  VALUES ?e { %s }
                  { ?e skos:prefLabel ?label } UNION { ?e rdfs:label ?label }
                  UNION {
                    ?e a ?type FILTER(STRSTARTS(STR(?type), STR(unkg:)))
                    FILTER NOT EXISTS { ?e a ?sub . ?sub rdfs:subClassOf ?type FILTER(?sub != ?type) }
                  }
                }""".formatted(values), row -> {
            String e = row.get("e").getURI();
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
            entities.add(new EntityMatch(iri, labels.get(iri), types.getOrDefault(iri, List.of())));
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
        Query query = StoreQueries.parse(sparql);
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
}
