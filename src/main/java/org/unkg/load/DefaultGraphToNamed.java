package org.unkg.load;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Moves the statements a file makes in its default graph into a named graph, and passes named-graph statements on
 * unchanged. With the union of the named graphs as the default graph, a triple left in the real default graph would
 * be stored but never found by a query.
 */
public final class DefaultGraphToNamed extends StreamRDFWrapper {

    private final Node graph;

    public DefaultGraphToNamed(StreamRDF other, String graphIri) {
        super(other);
        this.graph = NodeFactory.createURI(graphIri);
    }

    @Override
    public void triple(Triple triple) {
        super.quad(Quad.create(graph, triple));
    }

    @Override
    public void quad(Quad quad) {
        super.quad(quad.isDefaultGraph() ? Quad.create(graph, quad.asTriple()) : quad);
    }
}
