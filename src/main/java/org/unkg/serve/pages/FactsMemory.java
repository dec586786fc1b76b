package org.unkg.serve.pages;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.unkg.serve.http.StoreQueries;

/**
 * The statements of the entities that are slow to gather, kept while the store is served (it does not change): the
 * Security Council, named in every document, has tens of thousands of links to it, and counting them again for each
 * page would cost more than the rest of the page. Quick ones are gathered afresh and not kept.
 */
public final class FactsMemory {

    /** Gathering that takes longer than this is remembered. */
    private static final long SLOW_NANOS = 20_000_000;
    private static final int SIZE = 2000;

    private final StoreQueries store;
    private final Cache<String, EntityFacts> kept = CacheFactory.createCache(SIZE);

    public FactsMemory(StoreQueries store) {
        this.store = store;
    }

    /** The statements from and to the IRI; call within a read transaction. */
    public EntityFacts of(String iri) {
        EntityFacts facts = kept.getIfPresent(iri);
        if (facts != null) {
            return facts;
        }
        long start = System.nanoTime();
        facts = EntityFacts.of(store, iri);
        if (System.nanoTime() - start > SLOW_NANOS) {
            kept.put(iri, facts);
        }
        return facts;
    }
}
