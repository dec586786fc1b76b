package org.unkg.load;

import java.io.IOException;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;

/**
 * Reopens a built store the way the server will, from the description, and checks its counts against what the load
 * sent: a store that does not open, lost statements or lacks index entries never becomes current.
 */
final class StoreVerification {

    /** What the reopened store holds. */
    record Counts(long quads, long textEntries) {
    }

    private StoreVerification() {
    }

    /**
     * @param statementsSent triples and quads sent to the database, duplicates included
     * @param entriesAdded   entries added to the text index
     */
    static Counts verify(StoreConfig config, Store store, long statementsSent, long entriesAdded) {
        try (OpenStore open = config.open(store)) {
            DatasetGraph base = open.dataset().getBase();
            long[] counts = Txn.calculateRead(base, () -> new long[] {
                    Iter.count(base.find()),
                    Iter.count(base.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY))});
            long quads = counts[0];
            long inDefaultGraph = counts[1];
            long entries = documents(open.dataset().getTextIndex(), store);
            String problem = null;
            if (inDefaultGraph > 0) {
                problem = inDefaultGraph + " triples in the default graph, where queries cannot see them";
            } else if (quads > statementsSent) {
                problem = quads + " quads stored, but only " + statementsSent + " were loaded";
            } else if (quads == 0 && statementsSent > 0) {
                problem = "no quads stored, but " + statementsSent + " were loaded";
            } else if (entries != entriesAdded) {
                problem = entries + " text index entries, but " + entriesAdded + " were added";
            }
            if (problem != null) {
                throw new StoreException("store " + store.dir() + " failed verification: " + problem);
            }
            return new Counts(quads, entries);
        }
    }

    private static long documents(TextIndex index, Store store) {
        if (!(index instanceof TextIndexLucene lucene)) {
            throw new StoreException("store " + store.dir() + ": the text index is not a Lucene index");
        }
        try (DirectoryReader reader = DirectoryReader.open(lucene.getDirectory())) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new StoreException(store.lucene() + ": cannot read the text index: " + e.getMessage(), e);
        }
    }
}
