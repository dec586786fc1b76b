package org.unkg.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.pages.EntityPage.Fact;
import org.unkg.serve.pages.EntityPage.Text;

/**
 * Where a page's statements come from: for a document and its parts, each language version's source file, its
 * encoding and digest, and the converter (with its version) that read it; for everything, the named graphs that hold
 * statements about it, its own graph first. Two queries.
 */
final class Provenance {

    private static final Query VERSIONS = StoreQueries.parse("""
            SELECT ?v ?lang ?title ?file ?encoding ?sha ?agent ?software {
              ?d unkg:hasVersion ?v .
              OPTIONAL { ?v dct:language ?lang }
              OPTIONAL { ?v dct:title ?title }
              OPTIONAL { ?v unkg:sourceFile ?file }
              OPTIONAL { ?v unkg:sourceEncoding ?encoding }
              OPTIONAL { ?v unkg:sourceSha256 ?sha }
              OPTIONAL { ?v prov:wasAttributedTo ?agent OPTIONAL { ?agent unkg:softwareVersion ?software } }
            } ORDER BY ?v""");
    /** Up to how many named graphs holding statements about a thing are counted. */
    static final int GRAPHS_COUNTED = 100;
    private static final Query SOME_GRAPHS = StoreQueries.parse(
            "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } LIMIT " + (GRAPHS_COUNTED + 1));
    private static final Query GRAPH_SIZE = StoreQueries.parse(
            "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?subjects) { GRAPH ?g { ?s ?p ?o } }");

    /**
     * The named graphs that hold statements about a thing.
     *
     * @param statements the graphs to list, its own first (a document's, a vocabulary's), with how many statements
     *        about the thing each holds
     * @param total how many graphs hold statements about it, up to {@value #GRAPHS_COUNTED}
     * @param more whether there are more than that
     */
    record Graphs(Map<String, Long> statements, int total, boolean more) {
    }

    /** A language version as the data describes its source. */
    record LanguageVersion(String iri, String lang, Text title, String file, String encoding, String sha256, String agent,
            String software) {
    }

    private Provenance() {
    }

    /** The language versions of a document, with their sources. */
    static List<LanguageVersion> versions(StoreQueries store, String document) {
        Map<String, LanguageVersion> versions = new LinkedHashMap<>();
        for (Binding row : store.select(VERSIONS, Map.of("d", NodeFactory.createURI(document)))) {
            String v = row.get("v").getURI();
            if (versions.containsKey(v)) {
                continue;
            }
            String lang = row.contains("lang") ? row.get("lang").getURI() : "";
            if (lang.startsWith(Vocab.LANGUAGE_PREFIX)) {
                lang = lang.substring(Vocab.LANGUAGE_PREFIX.length());
            }
            Node title = row.get("title");
            versions.put(v, new LanguageVersion(v, lang,
                    title == null ? null : new Text(title.getLiteralLexicalForm(), title.getLiteralLanguage()),
                    text(row, "file"), text(row, "encoding"), text(row, "sha"),
                    row.contains("agent") ? row.get("agent").getURI() : null, text(row, "software")));
        }
        return new ArrayList<>(versions.values());
    }

    /**
     * The named graphs that hold statements about the IRI: the {@code own} ones that do (its document's graph, the
     * vocabularies'), then others up to {@code listed} in all, each with how many statements about the IRI it holds.
     * The documents repeat the names of what they mention, so that a body is spoken of in thousands of graphs: only
     * the first {@value #GRAPHS_COUNTED} are counted.
     */
    static Graphs graphs(StoreQueries store, String iri, List<String> own, int listed) {
        Node s = NodeFactory.createURI(iri);
        List<String> some = new ArrayList<>();
        for (Binding row : store.select(SOME_GRAPHS, Map.of("s", s))) {
            some.add(row.get("g").getURI());
        }
        boolean more = some.size() > GRAPHS_COUNTED;
        List<String> candidates = new ArrayList<>(own);
        for (String g : some) {
            if (!candidates.contains(g) && candidates.size() < own.size() + listed) {
                candidates.add(g);
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!candidates.isEmpty()) {
            Query count = StoreQueries.parse("SELECT ?g (COUNT(*) AS ?n) { VALUES ?g { "
                    + String.join(" ", candidates.stream().map(StoreQueries::iri).toList())
                    + " } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
            for (Binding row : store.select(count, Map.of("s", s))) {
                counts.put(row.get("g").getURI(), ((Number) row.get("n").getLiteralValue()).longValue());
            }
        }
        Map<String, Long> statements = new LinkedHashMap<>();
        for (String g : candidates) {
            if (counts.containsKey(g) && statements.size() < listed) {
                statements.put(g, counts.get(g));
            }
        }
        int total = Math.max(statements.size(), Math.min(some.size(), GRAPHS_COUNTED));
        for (String g : statements.keySet()) {
            if (!some.contains(g) && total < GRAPHS_COUNTED) {
                total++;
            }
        }
        return new Graphs(statements, total, more);
    }

    /** How many statements a named graph holds, and about how many things. */
    static long[] graphSize(StoreQueries store, String graph) {
        for (Binding row : store.select(GRAPH_SIZE, Map.of("g", NodeFactory.createURI(graph)))) {
            return new long[] {((Number) row.get("n").getLiteralValue()).longValue(),
                    ((Number) row.get("subjects").getLiteralValue()).longValue()};
        }
        return new long[] {0, 0};
    }

    /** The facts of a version's source, in the reader's words. */
    static List<Fact> facts(LanguageVersion v, Map<String, String> t, NodeLabels.Names names, PageLinks links) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(t.get("prov.version"), names.of(v.iri()).text(), links.href(v.iri()), false));
        if (v.file() != null) {
            facts.add(new Fact(t.get("prov.file"), v.file(), null, true));
        }
        if (v.encoding() != null) {
            facts.add(new Fact(t.get("prov.encoding"), v.encoding(), null, true));
        }
        if (v.sha256() != null) {
            facts.add(new Fact(t.get("prov.sha256"), v.sha256(), null, true));
        }
        if (v.agent() != null) {
            String name = names.of(v.agent()).text() + (v.software() != null ? " " + v.software() : "");
            facts.add(new Fact(t.get("prov.converter"), name, links.href(v.agent()), false));
        }
        return facts;
    }

    private static String text(Binding row, String var) {
        return row.contains(var) ? row.get(var).getLiteralLexicalForm() : null;
    }
}
