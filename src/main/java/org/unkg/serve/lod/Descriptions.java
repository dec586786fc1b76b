package org.unkg.serve.lod;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.unkg.common.IriScheme;
import org.unkg.serve.http.StoreQueries;

/**
 * The RDF that describes an IRI, as {@code /data/} serves it (see {@code docs/data-model.md}, "Dereferencing"):
 *
 * <ul>
 * <li>an entity: every statement about it (from the union of the graphs), the names ({@code rdfs:label},
 * {@code skos:prefLabel}) of up to {@value #LABELLED} things it links to, and up to {@value #INCOMING} statements
 * that link to it; in N-Quads and TriG, the same statements in the default graph;</li>
 * <li>a document with a graph of its own: as an entity, and in N-Quads and TriG, beside the default graph, its own
 * graph exactly, as loaded;</li>
 * <li>a named graph: its statements (with its name in N-Quads and TriG).</li>
 * </ul>
 */
public final class Descriptions {

    /** How many statements that link to an entity its description carries; the page pages through all of them. */
    static final int INCOMING = 500;
    /** How many of the things an entity links to are named in its description. */
    static final int LABELLED = 1000;

    private static final Query EXISTS = StoreQueries.parse("ASK { { ?s ?p ?o } UNION { ?x ?q ?s } }");
    private static final Query GRAPH_EXISTS = StoreQueries.parse("ASK { GRAPH ?g { ?s ?p ?o } }");
    private static final Query GRAPH = QueryFactory.create(
            "CONSTRUCT { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }", Syntax.syntaxARQ);

    /** The description of {@code %1$s}; the IRI is written in, since the limits sit in sub-queries. */
    private static final String DESCRIBE = """
            CONSTRUCT { %1$s ?p ?o . ?n ?name ?label . ?x ?q %1$s }
            WHERE {
              { %1$s ?p ?o }
              UNION
              { { SELECT DISTINCT ?n { %1$s ?p0 ?n FILTER(isIRI(?n)) } LIMIT %2$d }
                VALUES ?name { rdfs:label skos:prefLabel }
                ?n ?name ?label }
              UNION
              { SELECT ?x ?q { ?x ?q %1$s } LIMIT %3$d }
            }
            """;

    private final StoreQueries store;
    private final LocalPaths paths;
    private final PrefixMapping prefixes;

    public Descriptions(StoreQueries store, LocalPaths paths, PrefixMapping prefixes) {
        this.store = store;
        this.paths = paths;
        this.prefixes = prefixes;
    }

    /** Whether the store says anything of the IRI: a statement about it or to it, or, for a graph, in it. */
    public boolean exists(String iri) {
        Node node = NodeFactory.createURI(iri);
        if (paths.isGraph(iri)) {
            return store.read(() -> store.ask(GRAPH_EXISTS, Map.of("g", node)));
        }
        return store.read(() -> store.ask(EXISTS, Map.of("s", node)));
    }

    /** The named graph a document's statements were loaded into, {@code {base}graph/{key}}; null for others. */
    String documentGraph(String iri) {
        IriScheme iris = paths.iris();
        return iris.documentKey(iri).map(iris::graph).orElse(null);
    }

    /** The description as triples. */
    Graph triples(String iri) {
        Node node = NodeFactory.createURI(iri);
        Graph graph;
        if (paths.isGraph(iri)) {
            graph = GraphFactory.createDefaultGraph();
            DatasetGraph quads = store.read(() -> graphQuads(node));
            quads.find().forEachRemaining(q -> graph.add(q.asTriple()));
        } else {
            Query describe = StoreQueries.parse(DESCRIBE.formatted(StoreQueries.iri(iri), LABELLED, INCOMING));
            graph = store.read(() -> store.construct(describe, Map.of()));
        }
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        return graph;
    }

    /**
     * The description as quads: a named graph, in itself; anything else, the triples of {@link #triples} in the
     * default graph (so that a client that reads the default graph, as Comunica does with a dereferenced IRI, finds
     * what the Turtle says, each statement once), with, for a document, its own named graph beside them.
     */
    DatasetGraph quads(String iri) {
        Node node = NodeFactory.createURI(iri);
        DatasetGraph quads;
        if (paths.isGraph(iri)) {
            quads = store.read(() -> graphQuads(node));
        } else {
            String own = documentGraph(iri);
            quads = own != null && exists(own)
                    ? store.read(() -> graphQuads(NodeFactory.createURI(own)))
                    : DatasetGraphFactory.create();
            DatasetGraph into = quads;
            triples(iri).find().forEachRemaining(t -> into.add(Quad.defaultGraphIRI, t.getSubject(),
                    t.getPredicate(), t.getObject()));
        }
        quads.prefixes().putAll(prefixes);
        return quads;
    }

    private DatasetGraph graphQuads(Node graph) {
        DatasetGraph result = DatasetGraphFactory.create();
        store.constructQuads(GRAPH, Map.of("g", graph)).forEachRemaining(result::add);
        return result;
    }
}
