package org.unkg.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
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
    private static final Query GRAPHS = StoreQueries.parse(
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n) ?g");
    private static final Query GRAPH_SIZE = StoreQueries.parse(
            "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?subjects) { GRAPH ?g { ?s ?p ?o } }");

    /** A language version as the data describes its source. */
    record Version(String iri, String lang, Text title, String file, String encoding, String sha256, String agent,
            String software) {
    }

    private Provenance() {
    }

    /** The language versions of a document, with their sources. */
    static List<Version> versions(StoreQueries store, String document) {
        Map<String, Version> versions = new LinkedHashMap<>();
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
            versions.put(v, new Version(v, lang,
                    title == null ? null : new Text(title.getLiteralLexicalForm(), title.getLiteralLanguage()),
                    text(row, "file"), text(row, "encoding"), text(row, "sha"),
                    row.contains("agent") ? row.get("agent").getURI() : null, text(row, "software")));
        }
        return new ArrayList<>(versions.values());
    }

    /** The named graphs that hold statements about the IRI, the most first, and how many statements each. */
    static Map<String, Long> graphs(StoreQueries store, String iri) {
        Map<String, Long> graphs = new LinkedHashMap<>();
        for (Binding row : store.select(GRAPHS, Map.of("s", NodeFactory.createURI(iri)))) {
            graphs.put(row.get("g").getURI(), ((Number) row.get("n").getLiteralValue()).longValue());
        }
        return graphs;
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
    static List<Fact> facts(Version v, Map<String, String> t, NodeLabels.Names names, PageLinks links) {
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
