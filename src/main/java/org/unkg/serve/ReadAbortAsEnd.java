package org.unkg.serve;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * The store's text dataset as the server serves it, with one change: aborting a read transaction ends it instead.
 *
 * <p>Fuseki aborts the read transaction of every query it cuts off at its timeout. On a TDB2 store with a jena-text
 * index (Jena 5.6), that abort also rolls back the Lucene {@code IndexWriter} and opens a new one; two such aborts at
 * once race on that writer, one fails with a {@code NullPointerException}, and its transaction is never finished.
 * Under a stream of queries that time out together the unfinished transactions pile up without bound, and the store
 * can no longer be closed cleanly. A read transaction has nothing to undo, so ending it is all an abort has to do.
 *
 * <p>{@code text:query} finds the index through the dataset's context, since the dataset it sees is this wrapper.
 */
final class ReadAbortAsEnd extends DatasetGraphWrapper {

    ReadAbortAsEnd(DatasetGraphText text) {
        super(text, withTextIndex(text));
    }

    private static Context withTextIndex(DatasetGraphText text) {
        Context context = text.getContext() == null ? new Context() : text.getContext().copy();
        context.set(TextQuery.textIndex, text.getTextIndex());
        return context;
    }

    @Override
    public void abort() {
        if (transactionMode() == ReadWrite.READ) {
            end();
        } else {
            super.abort();
        }
    }
}
