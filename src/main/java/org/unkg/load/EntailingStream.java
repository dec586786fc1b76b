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
import org.unkg.common.IriScheme;

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
 *
 * <p>What it remembers is kept small: a triple about a part of a document (a version, a paragraph, a mention) can
 * only be entailed by a statement about that part, and those are in the document's graph alone, so such triples are
 * remembered only while the stream stays in that graph. Those are four in five of what a corpus entails; the rest
 * (about documents as wholes and the vocabularies' things) is remembered to the end. Should a document's graph come
 * back later in the stream, a triple sent again there is the same quad, which the store holds once.
 */
public final class EntailingStream extends StreamRDFWrapper {

    private final Entailment entailment;
    private final IriScheme iris;
    private final Memory memory;

    /**
     * @param iris the data IRIs, which tell a document's parts and its graph
     */
    public EntailingStream(StreamRDF downstream, Entailment entailment, IriScheme iris) {
        this(downstream, entailment, iris, new Memory());
    }

    private EntailingStream(StreamRDF downstream, Entailment entailment, IriScheme iris, Memory memory) {
        super(downstream);
        this.entailment = entailment;
        this.iris = iris;
        this.memory = memory;
    }

    /**
     * The same entailment and the same memory of transitive edges and entailed triples, sending to another stream
     * (the next file's).
     */
    public EntailingStream to(StreamRDF downstream) {
        return new EntailingStream(downstream, entailment, iris, memory);
    }

    /** How many entailed triples are remembered now, those of the current graph's parts included. */
    long remembered() {
        return memory.shared.size() + memory.local.size();
    }

    @Override
    public void triple(Triple t) {
        quad(Quad.create(Quad.defaultGraphIRI, t));
    }

    @Override
    public void quad(Quad q) {
        Node g = q.getGraph();
        memory.enter(g, iris);
        Triple premise = q.asTriple();
        Set<Triple> out = new LinkedHashSet<>();
        List<Triple> todo = new ArrayList<>(List.of(premise));
        while (!todo.isEmpty()) {
            Triple t = todo.remove(todo.size() - 1);
            if (t != premise && !memory.remember(t) || !out.add(t)) {
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
                memory.transitiveEdges.computeIfAbsent(p, k -> new HashMap<>())
                        .computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
                memory.graphOfSubject.putIfAbsent(t.getSubject(), g);
            }
        }
        for (Triple t : out) {
            super.quad(Quad.create(g, t));
        }
    }

    /** Sends the closure of every transitive property: each subject to everything it reaches, in its graph. */
    public void finishTransitive() {
        List<Quad> closure = new ArrayList<>();
        for (Map.Entry<Node, Map<Node, Set<Node>>> byProperty : memory.transitiveEdges.entrySet()) {
            Node p = byProperty.getKey();
            Map<Node, Set<Node>> edges = byProperty.getValue();
            for (Node s : edges.keySet()) {
                Set<Node> reached = Entailment.reachable(edges, s);
                reached.removeAll(edges.get(s));
                reached.forEach(o -> closure.add(Quad.create(memory.graphOfSubject.get(s), s, p, o)));
            }
        }
        closure.forEach(this::quad);
        memory.transitiveEdges.clear();
    }

    /** What a stream and the streams made from it with {@link #to} remember, shared among them. */
    private static final class Memory {

        /** Edges of transitive properties: property → subject → objects, with the graph of the first edge seen. */
        final Map<Node, Map<Node, Set<Node>>> transitiveEdges = new HashMap<>();
        final Map<Node, Node> graphOfSubject = new HashMap<>();
        /** The entailed triples sent so far that a statement of another graph could entail again. */
        final Set<Triple> shared = new HashSet<>();
        /** The entailed triples about the parts of the current graph's document, sent since the stream entered it. */
        Set<Triple> local = new HashSet<>();
        private Node graph;
        /** The start of the IRIs of the current graph's document's parts, or null. */
        private String parts;

        void enter(Node g, IriScheme iris) {
            if (g.equals(graph)) {
                return;
            }
            graph = g;
            parts = g.isURI() ? iris.partsOfGraph(g.getURI()).orElse(null) : null;
            if (!local.isEmpty()) {
                local = new HashSet<>();
            }
        }

        /** Whether {@code t} was not remembered yet, now that it is. */
        boolean remember(Triple t) {
            return isPart(t.getSubject()) || isPart(t.getObject()) ? local.add(t) : shared.add(t);
        }

        private boolean isPart(Node n) {
            return parts != null && n.isURI() && n.getURI().startsWith(parts);
        }
    }
}
