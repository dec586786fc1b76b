package org.unkg.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The number of distinct statements of each named graph, counted from the stream of quads as they are loaded. The
 * statements of a graph that arrive together (a document's graph as the converter writes it, a vocabulary file) are
 * told apart with a set of that graph's statements only, so that a duplicate (an entailed statement that was also
 * asserted) counts once and the memory needed is that of the largest graph. A graph whose statements arrive in more
 * than one run (the transitive closures sent at the end, or N-Quads written in another order) is counted in the
 * store once it is built, which holds each statement of a graph once.
 */
final class GraphSizes {

    private final Map<Node, Long> sizes = new HashMap<>();
    private final Set<Node> split = new HashSet<>();
    private Node current;
    private Set<Triple> run = new HashSet<>();

    void add(Quad quad) {
        Node g = quad.getGraph();
        if (!g.equals(current)) {
            endRun();
            if (sizes.containsKey(g)) {
                split.add(g);
            }
            current = g;
        }
        run.add(quad.asTriple());
    }

    /** Ends the graph being counted; the next statement, of whatever graph, starts a run of its own. */
    void endRun() {
        if (current != null) {
            sizes.merge(current, (long) run.size(), Long::sum);
            run = new HashSet<>();
            current = null;
        }
    }

    /**
     * The size of every graph: the graphs that came in one run as counted, the others counted in the store.
     *
     * @param store the loaded database, read in a transaction the caller holds
     */
    Map<Node, Long> sizes(DatasetGraph store) {
        endRun();
        Map<Node, Long> all = new HashMap<>(sizes);
        for (Node g : split) {
            all.put(g, Iter.count(store.find(g, Node.ANY, Node.ANY, Node.ANY)));
        }
        return all;
    }

    /** How many graphs had to be counted in the store, for the log. */
    int split() {
        return split.size();
    }
}
