package org.unkg.load;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.progress.Progress;

/**
 * Fills a new, empty TDB2 database with TDB2's phased bulk loader, which writes the indexes directly rather than
 * through transactions. That is several times faster, and safe only because the database is brand new and thrown
 * away if anything fails.
 */
final class BulkLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    /** Progress is reported in batches: the bar does not need every statement. */
    private static final int REPORT_EVERY = 10_000;

    private final Progress progress;
    private final Entailment entailment;

    BulkLoad(Progress progress, Entailment entailment) {
        this.progress = progress;
        this.entailment = entailment;
    }

    /**
     * Loads files that were checked before into the database at {@code location}, then closes the database.
     *
     * @param checked the files with their SHA-256 and statement counts from the check
     * @return the number of statements sent to the database, entailed ones and duplicates included
     */
    long load(Path location, List<RdfFileParser.Parsed> checked) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        long sent;
        try {
            sent = load(dsg, checked);
        } catch (RuntimeException e) {
            try {
                TDBInternal.expel(dsg, true);
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        TDBInternal.expel(dsg);
        return sent;
    }

    private long load(DatasetGraph dsg, List<RdfFileParser.Parsed> checked) {
        long total = checked.stream().mapToLong(RdfFileParser.Parsed::statements).sum();
        // A null MonitorOutput makes the phased loader fail on a thread of its own and hang.
        MonitorOutput monitor = LOG.isDebugEnabled() ? MonitorOutputs.outputToLog(LOG) : MonitorOutputs.nullOutput();
        DataLoader loader = LoaderFactory.phasedLoader(dsg, monitor);
        long started = System.nanoTime();
        loader.startBulk();
        long sent = 0;
        try (Progress.Step step = progress.start("Loading", -1, Progress.Unit.QUADS)) {
            EntailingStream entailer = new EntailingStream(StreamRDFLib.sinkNull(), entailment);
            for (RdfFileParser.Parsed file : checked) {
                sent += loadOne(loader, file, step, entailer);
            }
            ReportingStream closure = new ReportingStream(loader.stream(), step);
            closure.start();
            entailer.to(closure).finishTransitive();
            closure.finish();
            sent += closure.count();
        } catch (RuntimeException e) {
            abandon(loader, e);
            throw e;
        }
        LOG.info("Building the database indexes");
        loader.finishBulk();
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        LOG.info("Loaded {} statements from {} file(s), {} with what they entail, in {} s ({} per second)",
                String.format("%,d", total), checked.size(), String.format("%,d", sent), String.format("%.1f", seconds),
                String.format("%,.0f", sent / seconds));
        return sent;
    }

    private static long loadOne(DataLoader loader, RdfFileParser.Parsed file, Progress.Step step,
            EntailingStream entailer) {
        ReportingStream reporting = new ReportingStream(loader.stream(), step);
        StreamRDF sink = new DefaultGraphToNamed(entailer.to(reporting), file.file().defaultGraph());
        sink.start();
        RdfFileParser.Parsed again = RdfFileParser.parse(file.file(), sink, bytes -> { });
        sink.finish();
        if (!again.sha256().equals(file.sha256())) {
            throw new StoreException(file.file().path() + ": the file changed while it was being loaded");
        }
        return reporting.count();
    }

    /**
     * Ends a failed load so that the loader's threads stop: finishing the pipeline drains it; the half-loaded
     * database is deleted afterwards anyway.
     */
    private static void abandon(DataLoader loader, RuntimeException failure) {
        try {
            loader.finishBulk();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            loader.finishException(failure);
        }
    }

    /** Passes statements on and tells the progress bar about them. */
    private static final class ReportingStream extends StreamRDFWrapper {

        private final Progress.Step step;
        private long unreported;
        private long count;

        ReportingStream(StreamRDF other, Progress.Step step) {
            super(other);
            this.step = step;
        }

        @Override
        public void triple(Triple triple) {
            super.triple(triple);
            counted();
        }

        @Override
        public void quad(Quad quad) {
            super.quad(quad);
            counted();
        }

        @Override
        public void finish() {
            super.finish();
            step.advance(unreported);
            unreported = 0;
        }

        long count() {
            return count;
        }

        private void counted() {
            count++;
            if (++unreported == REPORT_EVERY) {
                step.advance(unreported);
                unreported = 0;
            }
        }
    }
}
