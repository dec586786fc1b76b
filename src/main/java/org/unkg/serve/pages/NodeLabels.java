package org.unkg.serve.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.lod.LocalPaths;

/**
 * The names the pages give things, in the reader's language: {@code skos:prefLabel}, else {@code rdfs:label}, else
 * {@code dct:title}, each in the reader's language, then the other, then any (see {@link Literals}). Things the data
 * names only through their document are named after it: a paragraph {@code S/RES/1373 (2001) ¶5}, a language version
 * {@code S/RES/1373 (2001) · en}, a mention by the words it matched and where, a document's graph by its document.
 * One query fetches the names of every node a page shows that is not known already.
 */
public final class NodeLabels {

    /** A name and its language tag ({@code ""} when it has none or is made up). */
    public record Label(String text, String lang) {
    }

    private static final Pattern PART = Pattern.compile(
            "^(.*?)/(?:para/(\\d+)|([a-z]{2,3})(?:/mention/(\\d+)-(\\d+))?)$");
    private static final String NAMES = "VALUES ?name { skos:prefLabel rdfs:label dct:title unkg:matchedText }";
    private static final Query GRAPHS = StoreQueries.parse("SELECT ?g { GRAPH ?g { } }");
    private static final Query GRAPH_NAMES = StoreQueries.parse("SELECT ?n ?name ?label { GRAPH ?g { " + NAMES
            + " ?n ?name ?label FILTER(isIRI(?n)) } }");
    /** How many IRIs' names are remembered beyond the vocabularies'. */
    private static final int REMEMBERED = 100_000;

    private final StoreQueries store;
    private final LocalPaths paths;
    private final String documentPrefix;
    /** The names of the IRIs asked for before; the store does not change while it is served. */
    private final Cache<String, Map<String, List<Node>>> remembered = CacheFactory.createCache(REMEMBERED);
    private volatile Map<String, Map<String, List<Node>>> vocabulary;
    private volatile List<String> vocabularyGraphs;

    public NodeLabels(StoreQueries store, LocalPaths paths) {
        this.store = store;
        this.paths = paths;
        this.documentPrefix = paths.base() + LocalPaths.ID + "document/";
    }

    /** A set of names fetched for some IRIs, from which each is named in one language. */
    public final class Names {

        private final Map<String, Map<String, List<Node>>> byIri;
        private final String lang;

        private Names(Map<String, Map<String, List<Node>>> byIri, String lang) {
            this.byIri = byIri;
            this.lang = lang;
        }

        /** The IRI's name; never null: an IRI without one is shown by its path under the base, or whole. */
        public Label of(String iri) {
            // A language version's title is its document's ("Resolution 1373 (2001)"): named after the document
            // and its language, it can be told from the other versions.
            Label derived = derived(iri);
            if (derived != null) {
                return derived;
            }
            Label own = stated(iri);
            if (own != null) {
                return own;
            }
            return new Label(shortForm(iri), "");
        }

        /** The name the data gives the IRI, if any. */
        Label stated(String iri) {
            Map<String, List<Node>> names = byIri.get(iri);
            if (names == null) {
                return null;
            }
            for (String property : List.of("prefLabel", "label", "title")) {
                Node best = Literals.best(names.getOrDefault(property, List.of()), lang);
                if (best != null) {
                    return new Label(best.getLiteralLexicalForm(), best.getLiteralLanguage());
                }
            }
            return null;
        }

        /**
         * The name of a part of a document without its document's: {@code ¶5}, {@code en}, or a mention's words (in
         * their language); null for anything else.
         */
        Label part(String iri) {
            if (!iri.startsWith(documentPrefix)) {
                return null;
            }
            Matcher m = PART.matcher(iri);
            if (!m.matches()) {
                return null;
            }
            if (m.group(2) != null) {
                return new Label("¶" + m.group(2), "");
            }
            if (m.group(4) == null) {
                return new Label(m.group(3), "");
            }
            List<Node> matched = byIri.getOrDefault(iri, Map.of()).getOrDefault("matchedText", List.of());
            return matched.isEmpty() ? new Label(m.group(4) + "–" + m.group(5), "")
                    : new Label("“" + matched.get(0).getLiteralLexicalForm() + "”", m.group(3));
        }

        private Label derived(String iri) {
            if (paths.isGraph(iri)) {
                String key = iri.substring(paths.base().length() + LocalPaths.GRAPH.length());
                Label document = stated(documentPrefix + key);
                return new Label((document != null ? document.text() : key) + " · "
                        + PageMessages.of(lang).get("kind.graph"), "");
            }
            if (!iri.startsWith(documentPrefix)) {
                return null;
            }
            Matcher m = PART.matcher(iri);
            if (!m.matches()) {
                return null;
            }
            Label document = stated(m.group(1));
            String name = document != null ? document.text() : shortForm(m.group(1));
            if (m.group(2) != null) {
                return new Label(name + " ¶" + m.group(2), "");
            }
            if (m.group(4) == null) {
                return new Label(name + " · " + m.group(3), "");
            }
            List<Node> matched = byIri.getOrDefault(iri, Map.of()).getOrDefault("matchedText", List.of());
            String words = matched.isEmpty() ? m.group(4) + "–" + m.group(5)
                    : "“" + matched.get(0).getLiteralLexicalForm() + "”";
            return new Label(words + " · " + name + " · " + m.group(3), "");
        }
    }

    /**
     * The names of the IRIs, and of the documents their derived names need: those of the vocabularies' entities
     * from memory, the others from the store in one query, remembered for the next page.
     */
    public Names fetch(Collection<String> iris, String lang) {
        Map<String, Map<String, List<Node>>> inVocabularies = vocabularyNames();
        Set<String> all = new LinkedHashSet<>();
        for (String iri : iris) {
            if (iri == null) {
                continue;
            }
            all.add(iri);
            String document = documentOf(iri);
            if (document != null) {
                all.add(document);
            }
        }
        Map<String, Map<String, List<Node>>> byIri = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String iri : all) {
            Map<String, List<Node>> known = inVocabularies.get(iri);
            if (known == null) {
                known = remembered.getIfPresent(iri);
            }
            if (known != null) {
                byIri.put(iri, known);
            } else if (StoreQueries.holdable(iri)) {
                missing.add(iri);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Map<String, List<Node>>> found = new HashMap<>();
            String values = missing.stream().map(StoreQueries::iri).collect(Collectors.joining(" "));
            Query query = StoreQueries.parse("SELECT ?n ?name ?label { VALUES ?n { " + values + " } " + NAMES
                    + " ?n ?name ?label }");
            for (Binding row : store.select(query, Map.of())) {
                add(found, row);
            }
            for (String iri : missing) {
                Map<String, List<Node>> names = found.getOrDefault(iri, Map.of());
                remembered.put(iri, names);
                byIri.put(iri, names);
            }
        }
        return new Names(byIri, lang);
    }

    /**
     * The names of every entity of the vocabularies, read once from their graphs ({@code {base}graph/vocabulary/...}).
     * A page names many of them; one read of the vocabularies' graphs costs less than a look-up in the union for
     * each name at each page.
     */
    private Map<String, Map<String, List<Node>>> vocabularyNames() {
        Map<String, Map<String, List<Node>>> names = vocabulary;
        if (names != null) {
            return names;
        }
        synchronized (this) {
            if (vocabulary == null) {
                Map<String, Map<String, List<Node>>> loaded = new HashMap<>();
                List<String> graphs = new ArrayList<>();
                String prefix = paths.base() + LocalPaths.GRAPH + "vocabulary/";
                for (Binding row : store.select(GRAPHS, Map.of())) {
                    Node graph = row.get("g");
                    if (graph.isURI() && graph.getURI().startsWith(prefix)) {
                        graphs.add(graph.getURI());
                        for (Binding name : store.select(GRAPH_NAMES, Map.of("g", graph))) {
                            add(loaded, name);
                        }
                    }
                }
                vocabularyGraphs = List.copyOf(graphs);
                vocabulary = loaded;
            }
            return vocabulary;
        }
    }

    /** The named graphs of the vocabularies, {@code {base}graph/vocabulary/...}. */
    List<String> vocabularyGraphs() {
        vocabularyNames();
        return vocabularyGraphs;
    }

    private static void add(Map<String, Map<String, List<Node>>> into, Binding row) {
        String property = row.get("name").getLocalName();
        List<Node> list = into.computeIfAbsent(row.get("n").getURI(), k -> new HashMap<>())
                .computeIfAbsent(property, k -> new ArrayList<>());
        if (!list.contains(row.get("label"))) {
            list.add(row.get("label"));
        }
    }

    /** The document a paragraph, version, mention or document graph belongs to; null for anything else. */
    public String documentOf(String iri) {
        if (paths.isGraph(iri)) {
            return documentPrefix + iri.substring(paths.base().length() + LocalPaths.GRAPH.length());
        }
        if (!iri.startsWith(documentPrefix)) {
            return null;
        }
        Matcher m = PART.matcher(iri);
        return m.matches() ? m.group(1) : null;
    }

    /** The IRI's path under the base ({@code organization/CTED}), or the IRI. */
    String shortForm(String iri) {
        if (iri.startsWith(paths.base() + LocalPaths.ID)) {
            return iri.substring(paths.base().length() + LocalPaths.ID.length());
        }
        if (iri.startsWith(paths.base())) {
            return iri.substring(paths.base().length());
        }
        return iri;
    }
}
