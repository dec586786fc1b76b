package org.unkg.load;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.unkg.progress.Progress;

/**
 * What the union of a TDB2 store's named graphs holds, counted as SPARQL would count it over the union graph, but by
 * reading TDB2's own quad indexes in their order, node ids only: each index is sorted, so a distinct subject, object,
 * property or triple is one where the sorted run of ids changes, and a triple standing in two graphs is the same
 * subject, property and object twice in a row with only the graph after them differing. Nothing is kept per node or
 * per statement, so the memory does not grow with the data; a node is decoded only where its text matters: each
 * distinct subject (is it in the URI space?), each class and property, each object of a linking predicate.
 *
 * <p>Three passes: SPOG for the triples, subjects, entities and each property's triples and subjects; OSPG for the
 * objects; POSG for each property's objects, each class's distinct subjects ({@code rdf:type}) and the links.
 */
final class UnionGraphCounts {

    /** The scheme and host of an IRI, as the statistics have always cut a link target's namespace. */
    private static final Pattern SPACE = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://[^/]*/).*$");

    private static final int REPORT_EVERY = 100_000;

    /** A property partition's figures. */
    record PropertyCounts(long triples, long subjects, long objects) {
    }

    /** A linkset: a linking predicate and the namespace of its objects. */
    record Linkset(String predicate, String space) implements Comparable<Linkset> {
        @Override
        public int compareTo(Linkset other) {
            int c = predicate.compareTo(other.predicate);
            return c != 0 ? c : space.compareTo(other.space);
        }
    }

    long triples;
    long subjects;
    long objects;
    long entities;
    /** By property IRI. */
    final Map<String, PropertyCounts> properties = new TreeMap<>();
    /** Distinct instances by class IRI. */
    final Map<String, Long> classes = new TreeMap<>();
    final Map<Linkset, Long> links = new TreeMap<>();

    private UnionGraphCounts() {
    }

    /**
     * Counts the union graph of a TDB2 dataset.
     *
     * @param uriSpace        entities are the subjects whose IRI starts with it
     * @param linkPredicates  the predicates whose objects outside {@code linkBase} count as links
     * @param linkBase        the data's own IRIs, whose objects are not links
     * @param step            advanced by the tuples read
     */
    static UnionGraphCounts count(DatasetGraph dataset, String uriSpace, Set<String> linkPredicates, String linkBase,
            Progress.Step step) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
            TupleTable quads = tdb.getQuadTable().getNodeTupleTable().getTupleTable();
            NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
            UnionGraphCounts counts = new UnionGraphCounts();
            Reporter reporter = new Reporter(step);
            counts.bySubject(index(quads, "SPOG"), nodes, uriSpace, reporter);
            counts.byObject(index(quads, "OSPG"), reporter);
            counts.byProperty(index(quads, "POSG"), nodes, linkPredicates, linkBase, reporter);
            reporter.flush();
            return counts;
        });
    }

    // Tuples come out of every index in the table's own order, G S P O, whatever order the index is sorted in.
    private static final int G = 0;
    private static final int S = 1;
    private static final int P = 2;
    private static final int O = 3;

    private void bySubject(TupleIndex spog, NodeTable nodes, String uriSpace, Reporter reporter) {
        Map<NodeId, long[]> perProperty = new HashMap<>();
        NodeId s0 = null;
        NodeId p0 = null;
        NodeId o0 = null;
        for (Iterator<Tuple<NodeId>> it = spog.all(); it.hasNext();) {
            Tuple<NodeId> t = it.next();
            reporter.read();
            NodeId s = t.get(S);
            NodeId p = t.get(P);
            NodeId o = t.get(O);
            boolean newS = !s.equals(s0);
            boolean newP = newS || !p.equals(p0);
            if (!newP && o.equals(o0)) {
                continue; // the same triple in another graph
            }
            triples++;
            long[] c = perProperty.computeIfAbsent(p, k -> new long[2]);
            c[0]++;
            if (newP) {
                c[1]++;
            }
            if (newS) {
                subjects++;
                Node node = nodes.getNodeForNodeId(s);
                if (node.isURI() && node.getURI().startsWith(uriSpace)) {
                    entities++;
                }
            }
            s0 = s;
            p0 = p;
            o0 = o;
        }
        perProperty.forEach((p, c) -> properties.put(nodes.getNodeForNodeId(p).getURI(),
                new PropertyCounts(c[0], c[1], 0)));
    }

    private void byObject(TupleIndex ospg, Reporter reporter) {
        NodeId o0 = null;
        for (Iterator<Tuple<NodeId>> it = ospg.all(); it.hasNext();) {
            NodeId o = it.next().get(O);
            reporter.read();
            if (!o.equals(o0)) {
                objects++;
                o0 = o;
            }
        }
    }

    private void byProperty(TupleIndex posg, NodeTable nodes, Set<String> linkPredicates, String linkBase,
            Reporter reporter) {
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        Map<NodeId, String> linking = new HashMap<>();
        for (String predicate : linkPredicates) {
            NodeId id = nodes.getNodeIdForNode(NodeFactory.createURI(predicate));
            if (!NodeId.isDoesNotExist(id)) {
                linking.put(id, predicate);
            }
        }
        Map<NodeId, Long> distinctObjects = new HashMap<>();
        NodeId p0 = null;
        NodeId o0 = null;
        NodeId s0 = null;
        String clazz = null;  // the class whose instances are being counted, null if not an IRI
        String link = null;   // the linking predicate being read, null if none
        String space = null;  // the namespace of the object being read, null if it is no link
        for (Iterator<Tuple<NodeId>> it = posg.all(); it.hasNext();) {
            Tuple<NodeId> t = it.next();
            reporter.read();
            NodeId p = t.get(P);
            NodeId o = t.get(O);
            NodeId s = t.get(S);
            boolean newP = !p.equals(p0);
            boolean newO = newP || !o.equals(o0);
            if (!newO && s.equals(s0)) {
                continue; // the same triple in another graph
            }
            if (newP) {
                link = linking.get(p);
            }
            if (newO) {
                distinctObjects.merge(p, 1L, Long::sum);
                clazz = null;
                space = null;
                if (p.equals(type) || link != null) {
                    Node node = nodes.getNodeForNodeId(o);
                    if (p.equals(type) && node.isURI()) {
                        clazz = node.getURI();
                    }
                    if (link != null && node.isURI() && !node.getURI().startsWith(linkBase)) {
                        Matcher m = SPACE.matcher(node.getURI());
                        space = m.matches() ? m.group(1) : node.getURI();
                    }
                }
            }
            if (clazz != null) {
                classes.merge(clazz, 1L, Long::sum);
            }
            if (space != null) {
                links.merge(new Linkset(link, space), 1L, Long::sum);
            }
            p0 = p;
            o0 = o;
            s0 = s;
        }
        distinctObjects.forEach((p, n) -> properties.computeIfPresent(nodes.getNodeForNodeId(p).getURI(),
                (iri, c) -> new PropertyCounts(c.triples(), c.subjects(), n)));
    }

    private static TupleIndex index(TupleTable table, String name) {
        TupleIndex index = table.selectIndex(name);
        if (index == null) {
            throw new StoreException("the store has no " + name + " quad index to count from");
        }
        return index;
    }

    /** Advances the progress step every {@value #REPORT_EVERY} tuples. */
    private static final class Reporter {
        private final Progress.Step step;
        private long unreported;

        Reporter(Progress.Step step) {
            this.step = step;
        }

        void read() {
            if (++unreported == REPORT_EVERY) {
                flush();
            }
        }

        void flush() {
            step.advance(unreported);
            unreported = 0;
        }
    }
}
