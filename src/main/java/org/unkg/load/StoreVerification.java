package org.unkg.load;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
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
     * @param quadsDumped    quads the dump wrote, which is every quad of the store
     * @param literals       the literals the text index must hold an entry for ({@link #indexedLiterals})
     */
    static Counts verify(DatasetGraphText dataset, Store store, long statementsSent, long quadsDumped,
            long literals) {
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
        } else if (entries != literals) {
            problem = entries + " text index entries, but " + literals + " literals of indexed properties stored";
        }
        if (problem != null) {
            throw new StoreException("store " + store.dir() + " failed verification: " + problem);
        }
        return new Counts(quadsDumped, entries);
    }

    /**
     * The entries a text index of {@code definition} must hold for the store {@code base}, counted in a read
     * transaction of its own: one per graph, subject, field and literal, jena-text's identity of an entry, so that a
     * literal stated with two predicates of one field (an {@code rdfs:label} that is also the {@code skos:prefLabel})
     * is one entry, found once.
     */
    static long indexedLiterals(DatasetGraph base, EntityDefinition definition) {
        return Txn.calculateRead(base, () -> countIndexedLiterals(base, definition));
    }

    private static long countIndexedLiterals(DatasetGraph base, EntityDefinition definition) {
        long n = 0;
        // a field comes once for each of its predicates
        for (String field : new LinkedHashSet<>(definition.fields())) {
            Collection<Node> predicates = definition.getPredicates(field);
            Set<List<Node>> distinct = new HashSet<>();
            for (Node predicate : predicates) {
                for (Iterator<Quad> quads = base.find(Node.ANY, Node.ANY, predicate, Node.ANY); quads.hasNext();) {
                    Quad q = quads.next();
                    if (!q.getObject().isLiteral()) {
                        continue;
                    }
                    // a field of one predicate has no two quads alike: counted without remembering its text
                    if (predicates.size() == 1) {
                        n++;
                    } else {
                        distinct.add(List.of(q.getGraph(), q.getSubject(), q.getObject()));
                    }
                }
            }
            n += distinct.size();
        }
        return n;
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
