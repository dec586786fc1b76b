package org.unkg.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Adds to a stream of quads what the ontology entails from each: the superclasses of a type, the super-properties
 * and the inverse of a property, in the graph of the first quad they follow from. The edges of transitive
 * properties are kept, and their closure is sent by {@link #finishTransitive()} once every file has been read.
 * Entailments of entailments are followed, so a statement is sent once with all it entails.
 *
 * <p>An entailed triple goes with its premise, so that a graph read alone (a document's, a vocabulary's) holds
 * what its own statements entail, and an entailed triple that the graph also states is one quad. It is sent once:
 * the stream remembers the entailed triples it sent, and one that a statement of another graph entails again is
 * not repeated there, so that no triple stands in two graphs.
 */
public final class EntailingStream extends StreamRDFWrapper {

    private final Entailment entailment;
    /** Edges of transitive properties: property → subject → objects, with the graph of the first edge seen. */
    private final Map<Node, Map<Node, Set<Node>>> transitiveEdges;
    private final Map<Node, Node> graphOfSubject;
    /** The entailed triples sent so far, in whatever graph. */
    private final Set<Triple> entailed;

    public EntailingStream(StreamRDF downstream, Entailment entailment) {
        this(downstream, entailment, new HashMap<>(), new HashMap<>(), new HashSet<>());
    }

    private EntailingStream(StreamRDF downstream, Entailment entailment,
            Map<Node, Map<Node, Set<Node>>> transitiveEdges, Map<Node, Node> graphOfSubject, Set<Triple> entailed) {
        super(downstream);
        this.entailment = entailment;
        this.transitiveEdges = transitiveEdges;
        this.graphOfSubject = graphOfSubject;
        this.entailed = entailed;
    }

    /**
     * The same entailment and the same memory of transitive edges and entailed triples, sending to another stream
     * (the next file's).
     */
    public EntailingStream to(StreamRDF downstream) {
        return new EntailingStream(downstream, entailment, transitiveEdges, graphOfSubject, entailed);
    }

    @Override
    public void triple(Triple t) {
        quad(Quad.create(Quad.defaultGraphIRI, t));
    }

    @Override
    public void quad(Quad q) {
        Node g = q.getGraph();
        Triple premise = q.asTriple();
        Set<Triple> out = new LinkedHashSet<>();
        List<Triple> todo = new ArrayList<>(List.of(premise));
        while (!todo.isEmpty()) {
            Triple t = todo.remove(todo.size() - 1);
            if (t != premise && !entailed.add(t) || !out.add(t)) {
                continue;
            }
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode())) {
                entailment.superClassesOf(t.getObject()).forEach(c -> todo.add(Triple.create(t.getSubject(), p, c)));
                continue;
            }
            entailment.superPropertiesOf(p).forEach(sp -> todo.add(Triple.create(t.getSubject(), sp, t.getObject())));
            Node inverse = entailment.inverseOf(p);
            if (inverse != null && !t.getObject().isLiteral()) {
                todo.add(Triple.create(t.getObject(), inverse, t.getSubject()));
            }
            if (entailment.isTransitive(p) && !t.getObject().isLiteral()) {
                transitiveEdges.computeIfAbsent(p, k -> new HashMap<>())
                        .computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
                graphOfSubject.putIfAbsent(t.getSubject(), g);
            }
        }
        for (Triple t : out) {
            super.quad(Quad.create(g, t));
        }
    }

    /** Sends the closure of every transitive property: each subject to everything it reaches, in its graph. */
    public void finishTransitive() {
        List<Quad> closure = new ArrayList<>();
        for (Map.Entry<Node, Map<Node, Set<Node>>> byProperty : transitiveEdges.entrySet()) {
            Node p = byProperty.getKey();
            Map<Node, Set<Node>> edges = byProperty.getValue();
            for (Node s : edges.keySet()) {
                Set<Node> reached = Entailment.reachable(edges, s);
                reached.removeAll(edges.get(s));
                reached.forEach(o -> closure.add(Quad.create(graphOfSubject.get(s), s, p, o)));
            }
        }
        closure.forEach(this::quad);
        transitiveEdges.clear();
    }
}
