package org.unkg.serve.explore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.lod.LocalPaths;
import org.unkg.serve.site.PageLanguage;

/**
 * Gathers, once the server has started, what the explorer keeps of the busiest things (the most mentioned and most
 * cited), in a thread of its own at the lowest priority: their kinds of link with the first things of each, in each
 * language, with the dates and the vocabularies' names read on the way. Without it, the first reader to open the
 * Security Council after a restart waits seconds while the store counts its thousands of links; with it, every
 * reader gets the kept answer. It stops between two things when the server stops, and never fails the server.
 */
final class Primer {

    private static final Logger LOG = LoggerFactory.getLogger(Primer.class);
    /** How many of the most mentioned things and of the most cited documents are gathered. */
    static final int MENTIONED = 24;
    static final int CITED = 8;
    private static final Query MOST_MENTIONED = StoreQueries.parse("SELECT ?x (COUNT(?d) AS ?n) "
            + "{ ?d unkg:mentions ?x FILTER(isIRI(?x)) } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT " + MENTIONED);
    private static final Query MOST_CITED = StoreQueries.parse("SELECT ?x (COUNT(?d) AS ?n) "
            + "{ ?d unkg:cites ?x FILTER(isIRI(?x)) } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT " + CITED);

    /** Finding the busiest things counts every mention in the store: more than a reader's query may take. */
    private static final long COUNTING_MILLIS = 120_000;

    private final DatasetGraph dataset;
    private final LocalPaths paths;
    private final Neighbourhood neighbourhood;
    private volatile boolean stopped;
    private volatile QueryExec counting;
    private Thread thread;

    Primer(DatasetGraph dataset, LocalPaths paths, Neighbourhood neighbourhood) {
        this.dataset = dataset;
        this.paths = paths;
        this.neighbourhood = neighbourhood;
    }

    synchronized void start() {
        thread = new Thread(this::run, "explorer-primer");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Stops the counting, or stops after the thing being gathered and waits for that (its queries end within the
     * endpoint's timeouts), so that the store is not closed under it.
     */
    synchronized void stop() {
        stopped = true;
        QueryExec exec = counting;
        if (exec != null) {
            exec.abort();
        }
        if (thread != null) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void run() {
        long start = System.nanoTime();
        try {
            List<String> busiest = busiest();
            int done = 0;
            for (String iri : busiest) {
                for (String lang : PageLanguage.LANGUAGES) {
                    if (stopped) {
                        return;
                    }
                    neighbourhood.of(iri, lang);
                }
                done++;
            }
            LOG.info("Explorer: the links of the {} busiest things gathered in {} ms", done,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // A reader asking for the same things later gathers them then; nothing is lost.
            if (!stopped) {
                LOG.warn("Explorer: the busiest things were not gathered ahead: {}", e.toString());
            }
        }
    }

    /** The most mentioned things, then the most cited documents, most first. */
    List<String> busiest() {
        return Txn.calculateRead(dataset, () -> {
            Set<String> iris = new LinkedHashSet<>();
            for (Query query : List.of(MOST_MENTIONED, MOST_CITED)) {
                if (stopped) {
                    break;
                }
                try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                        .initialTimeout(COUNTING_MILLIS, TimeUnit.MILLISECONDS)
                        .overallTimeout(COUNTING_MILLIS, TimeUnit.MILLISECONDS).build()) {
                    counting = exec;
                    exec.select().forEachRemaining(row -> {
                        String iri = row.get("x").getURI();
                        if (paths.isLocal(iri) && StoreQueries.holdable(iri)) {
                            iris.add(iri);
                        }
                    });
                } finally {
                    counting = null;
                }
            }
            return new ArrayList<>(iris);
        });
    }
}
