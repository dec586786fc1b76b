package org.unkg.load;

import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A store opened in this process: its TDB2 database wrapped with its text index. Closing it releases the lock files
 * of both, so that another process (a server, a later load) can open the store.
 */
public final class OpenStore implements AutoCloseable {

    private final Store store;
    private final DatasetGraphText dataset;
    private boolean closed;

    OpenStore(Store store, DatasetGraphText dataset) {
        this.store = store;
        this.dataset = dataset;
        OpenStores.opened(store);
    }

    public Store store() {
        return store;
    }

    /** The text dataset: SPARQL over it understands {@code text:query}. */
    public DatasetGraphText dataset() {
        return dataset;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            release(dataset);
        } finally {
            OpenStores.closed(store);
        }
    }

    /**
     * Closes a dataset assembled from the description, text index included, and makes TDB2 forget its location.
     * TDB2 keeps databases open per location for the life of the process unless told otherwise, and holds a lock
     * file meanwhile.
     */
    public static void release(DatasetGraph dataset) {
        DatasetGraph base = dataset;
        while (base instanceof DatasetGraphWrapper wrapper && !DatabaseMgr.isTDB2(base)) {
            base = wrapper.getWrapped();
        }
        // closes the Lucene index too: the assembler sets closeIndexOnClose
        dataset.close();
        if (DatabaseMgr.isTDB2(base)) {
            TDBInternal.expel(base);
        }
    }
}
