package org.unkg.load;

import java.io.IOException;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;

/**
 * Checks a built store's counts against what the load sent, on the store opened as the server will open it: a store
 * that lost statements, holds triples where queries cannot see them or lacks index entries never becomes current.
 */
final class StoreVerification {

    /** What the store holds. */
    record Counts(long quads, long textEntries) {
    }

    private StoreVerification() {
    }

    /**
     * @param statementsSent triples and quads sent to the database, duplicates included
     * @param entriesAdded   entries added to the text index
     * @param quadsDumped    quads the dump wrote, which is every quad of the store
     */
    static Counts verify(DatasetGraphText dataset, Store store, long statementsSent, long entriesAdded,
            long quadsDumped) {
        DatasetGraph base = dataset.getBase();
        long inDefaultGraph = Txn.calculateRead(base,
                () -> Iter.count(base.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY)));
        long entries = documents(dataset.getTextIndex(), store);
        String problem = null;
        if (inDefaultGraph > 0) {
            problem = inDefaultGraph + " triples in the default graph, where queries cannot see them";
        } else if (quadsDumped > statementsSent) {
            problem = quadsDumped + " quads stored, but only " + statementsSent + " were loaded";
        } else if (quadsDumped == 0 && statementsSent > 0) {
            problem = "no quads stored, but " + statementsSent + " were loaded";
        } else if (entries != entriesAdded) {
            problem = entries + " text index entries, but " + entriesAdded + " were added";
        }
        if (problem != null) {
            throw new StoreException("store " + store.dir() + " failed verification: " + problem);
        }
        return new Counts(quadsDumped, entries);
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
