package org.unkg.serve.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology packaged with the program ({@code ontology/unkg.ttl}), read once for the whole server: its graph, and
 * the prefixes every part of the site names terms with, in the RDF it writes and in the SPARQL it asks.
 */
public final class PackagedOntology {

    /** Where the ontology is on the classpath (the pom packs {@code ontology/} into the jar). */
    public static final String RESOURCE = "ontology/unkg.ttl";

    /**
     * Namespaces of the aligned ontologies that the store's entailments bring in and the ontology does not declare
     * ({@code ontology/imports/}), so that their terms too get prefixed names.
     */
    private static final List<String[]> ALIGNED = List.of(
            new String[] {"dc", "http://purl.org/dc/elements/1.1/"},
            new String[] {"frbr", "http://purl.org/vocab/frbr/core#"},
            new String[] {"frbroo", "http://iflastandards.info/ns/fr/frbr/frbroo/"},
            new String[] {"fabio", "http://purl.org/spar/fabio/"},
            new String[] {"lkif", "http://www.estrellaproject.org/lkif-core/action.owl#"},
            new String[] {"dul", "http://www.ontologydesignpatterns.org/ont/dul/DUL.owl#"});

    private static final PackagedOntology INSTANCE = read();

    private final Graph graph;
    private final PrefixMapping prefixes;
    private final String prologue;

    private PackagedOntology(Graph graph) {
        this.graph = graph;
        PrefixMapping mapping = PrefixMapping.Factory.create().setNsPrefixes(graph.getPrefixMapping());
        ALIGNED.forEach(p -> mapping.setNsPrefix(p[0], p[1]));
        this.prefixes = mapping.lock();
        StringBuilder sparql = new StringBuilder();
        Map<String, String> all = new TreeMap<>(prefixes.getNsPrefixMap());
        all.put("text", TextQuery.NS);
        all.forEach((prefix, namespace) -> sparql.append("PREFIX ").append(prefix).append(": <").append(namespace)
                .append(">\n"));
        this.prologue = sparql.toString();
    }

    public static PackagedOntology get() {
        return INSTANCE;
    }

    /** The ontology's statements; not to be changed. */
    public Graph graph() {
        return graph;
    }

    /** The ontology's prefixes and those of the aligned ontologies, for prefixed names and for RDF written out. */
    public PrefixMapping prefixes() {
        return prefixes;
    }

    /** The same prefixes as SPARQL {@code PREFIX} declarations, with jena-text's {@code text:} besides. */
    public String sparqlPrologue() {
        return prologue;
    }

    private static PackagedOntology read() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = PackagedOntology.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the classpath", e);
        }
        return new PackagedOntology(graph);
    }
}
