package org.unkg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.common.IriScheme;
import org.unkg.common.Unkg;
import org.unkg.progress.Progress;

/**
 * Fills a new, empty TDB2 database with TDB2's phased bulk loader, which writes the indexes directly rather than
 * through transactions. That is several times faster, and safe only because the database is brand new and thrown
 * away if anything fails. Each file is read once: a syntax error ends the load there, naming the file and the line,
 * and the half-built database is thrown away by the caller.
 */
final class BulkLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    /** Progress is reported in batches: the bar does not need every statement. */
    private static final int REPORT_EVERY = 10_000;

    private final Progress progress;
    private final Entailment entailment;
    private final IriScheme iris;
    private final LoaderKind loaderKind;

    /**
     * @param iris   the data IRIs, for the statistics graph and its data sets
     * @param loader Jena's bulk loader to use
     */
    BulkLoad(Progress progress, Entailment entailment, IriScheme iris, LoaderKind loader) {
        this.progress = progress;
        this.entailment = entailment;
        this.iris = iris;
        this.loaderKind = loader;
    }

    /**
     * What a load read and sent.
     *
     * @param graphSizes the statements of every named graph, the statistics graph's own included
     */
    record Loaded(List<RdfFileParser.Parsed> files, long sent, Map<String, Long> graphSizes) {

        /** The statements the files held, duplicates included; nothing entailed or counted. */
        long read() {
            return files.stream().mapToLong(RdfFileParser.Parsed::statements).sum();
        }
    }

    /**
     * Loads files into the database at {@code location}, and their text into {@code text}, then closes the database.
     *
     * @return each file with its SHA-256 and statement count, and the number of statements sent to the database,
     *         entailed ones and duplicates included
     */
    Loaded load(Path location, List<InputFile> inputs, TextIndex text) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        Loaded loaded;
        try (StreamedTextIndex indexing = new StreamedTextIndex(text, progress)) {
            loaded = load(dsg, inputs, indexing);
        } catch (RuntimeException e) {
            try {
                TDBInternal.expel(dsg, true);
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        TDBInternal.expel(dsg);
        return loaded;
    }

    private Loaded load(DatasetGraph dsg, List<InputFile> inputs, StreamedTextIndex text) {
        List<RdfFileParser.Parsed> parsed = new ArrayList<>(inputs.size());
        // A null MonitorOutput makes the phased loader fail on a thread of its own and hang.
        MonitorOutput monitor = LOG.isDebugEnabled() ? MonitorOutputs.outputToLog(LOG) : MonitorOutputs.nullOutput();
        DataLoader loader = loaderKind.create(dsg, monitor);
        StreamRDF toStore = text.tee(loader.stream());
        long started = System.nanoTime();
        loader.startBulk();
        long sent = 0;
        GraphSizes sizes = new GraphSizes();
        CorpusCounts counts = new CorpusCounts(Entailment.packaged().subClassesOf(CorpusCounts.DOCUMENT).stream()
                .filter(c -> c.isURI() && Unkg.isTerm(c.getURI())).collect(Collectors.toSet()));
        try (Progress.Step step = progress.start("Loading", -1, Progress.Unit.QUADS)) {
            EntailingStream entailer = new EntailingStream(StreamRDFLib.sinkNull(), entailment, iris);
            for (InputFile input : inputs) {
                ReportingStream reporting = new ReportingStream(toStore, step);
                StreamRDF counting = new StatisticsStream(reporting, sizes, counts);
                StreamRDF sink = new DefaultGraphToNamed(entailer.to(counting), input.defaultGraph());
                sink.start();
                parsed.add(RdfFileParser.parse(input, sink, bytes -> { }));
                sink.finish();
                sent += reporting.count();
            }
            ReportingStream closure = new ReportingStream(toStore, step);
            closure.start();
            entailer.to(new StatisticsStream(closure, sizes, counts)).finishTransitive();
            closure.finish();
            sent += closure.count();
        } catch (RuntimeException e) {
            abandon(loader, e);
            throw e;
        }
        LOG.info("Building the database indexes");
        loader.finishBulk();
        // nothing loaded, nothing counted: an empty input makes an empty store
        Map<String, Long> graphSizes = sent == 0 ? Map.of()
                : writeStatistics(dsg, sizes, counts, text.tee(StreamRDFLib.sinkNull()));
        text.finish();
        sent += graphSizes.getOrDefault(iris.statisticsGraph(), 0L);
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        Loaded loaded = new Loaded(List.copyOf(parsed), sent, graphSizes);
        LOG.info("Loaded {} statements from {} file(s), {} with what they entail, in {} s ({} per second)",
                String.format("%,d", loaded.read()), parsed.size(), String.format("%,d", sent), String.format("%.1f", seconds),
                String.format("%,.0f", sent / seconds));
        return loaded;
    }

    /**
     * Writes the statistics graph into the loaded database, in one transaction: the counts were made from the
     * stream, and only the graphs whose statements came apart are counted in the store.
     *
     * @return the number of statements of every graph, the statistics graph's included
     */
    private Map<String, Long> writeStatistics(DatasetGraph dsg, GraphSizes sizes, CorpusCounts counts,
            StreamRDF text) {
        Node name = NodeFactory.createURI(iris.statisticsGraph());
        return Txn.calculateWrite(dsg, () -> {
            Map<Node, Long> graphSizes = sizes.sizes(dsg);
            if (graphSizes.containsKey(name)) {
                throw new StoreException("the files loaded have statements in " + name.getURI()
                        + ", the graph the load writes its counts into");
            }
            Graph statistics = StatisticsGraph.of(iris, counts, graphSizes);
            statistics.find().forEachRemaining(t -> {
                dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                text.quad(Quad.create(name, t));
            });
            LOG.info("Statistics: {} statements in {}, from the stream ({} of {} graphs counted in the store)",
                    String.format("%,d", statistics.size()), name.getURI(), sizes.split(), graphSizes.size());
            Map<String, Long> all = new HashMap<>();
            graphSizes.forEach((g, n) -> all.put(g.getURI(), n));
            all.put(name.getURI(), (long) statistics.size());
            return Map.copyOf(all);
        });
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

    /** Passes statements on, counting them into the graph sizes and the corpus counts. */
    private static final class StatisticsStream extends StreamRDFWrapper {

        private final GraphSizes sizes;
        private final CorpusCounts counts;

        StatisticsStream(StreamRDF other, GraphSizes sizes, CorpusCounts counts) {
            super(other);
            this.sizes = sizes;
            this.counts = counts;
        }

        @Override
        public void triple(Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            sizes.add(quad);
            counts.add(quad);
            super.quad(quad);
        }

        @Override
        public void finish() {
            sizes.endRun();
            super.finish();
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
