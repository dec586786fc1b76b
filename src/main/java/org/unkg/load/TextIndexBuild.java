package org.unkg.load;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.unkg.progress.Progress;

/**
 * Fills the Lucene index of a freshly loaded store. The bulk loader writes TDB2's files directly, so no text index
 * saw those statements; this reads back every statement whose predicate the entity map indexes and adds it, as
 * Jena's {@code textindexer} command does.
 */
final class TextIndexBuild {

    private static final int REPORT_EVERY = 1_000;

    private final Progress progress;

    TextIndexBuild(Progress progress) {
        this.progress = progress;
    }

    /**
     * Adds to {@code index} the indexed statements of {@code base}, in a read transaction of its own, and commits.
     *
     * @return the number of index entries added, one per literal of an indexed predicate
     */
    long build(DatasetGraph base, TextIndex index) {
        EntityDefinition definition = index.getDocDef();
        long[] added = {0};
        try (Progress.Step step = progress.start("Indexing text", -1, Progress.Unit.LITERALS)) {
            Txn.executeRead(base, () -> {
                for (Node predicate : indexedPredicates(definition)) {
                    Iterator<Quad> quads = base.find(Node.ANY, Node.ANY, predicate, Node.ANY);
                    while (quads.hasNext()) {
                        Entity entity = TextQueryFuncs.entityFromQuad(definition, quads.next());
                        if (entity != null) {
                            index.addEntity(entity);
                            if (++added[0] % REPORT_EVERY == 0) {
                                step.advance(REPORT_EVERY);
                            }
                        }
                    }
                }
            });
            step.advance(added[0] % REPORT_EVERY);
        }
        index.commit();
        return added[0];
    }

    private static Set<Node> indexedPredicates(EntityDefinition definition) {
        Set<Node> predicates = new LinkedHashSet<>();
        for (String field : definition.fields()) {
            predicates.addAll(definition.getPredicates(field));
        }
        return predicates;
    }
}
