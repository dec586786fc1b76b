package org.unkg.load;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Which of Jena's TDB2 bulk loaders builds the database. Both write the same database; they differ in how many
 * threads they run at once and so in the cores and memory they need to pay off.
 */
public enum LoaderKind {

    /** Parses, then builds the primary indexes, then the others, a few threads at each phase: for few cores. */
    PHASED,
    /** Builds every index at the same time, on a thread each (some ten threads): for many cores and memory. */
    PARALLEL;

    /** Cores below which the parallel loader's threads only wait for each other. */
    static final int PARALLEL_CORES = 4;
    /** Heap below which the parallel loader's queues of tuples, one per index, crowd out the rest. */
    static final long PARALLEL_HEAP = 2L << 30;

    /** The loader that suits this machine: the parallel one given the cores and heap it needs, else the phased one. */
    public static LoaderKind forThisMachine() {
        return forMachine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
    }

    static LoaderKind forMachine(int cores, long maxHeap) {
        return cores >= PARALLEL_CORES && maxHeap >= PARALLEL_HEAP ? PARALLEL : PHASED;
    }

    DataLoader create(DatasetGraph dataset, MonitorOutput monitor) {
        return this == PARALLEL ? LoaderFactory.parallelLoader(dataset, monitor)
                : LoaderFactory.phasedLoader(dataset, monitor);
    }
}
