package org.unkg.load;

import java.nio.file.Files;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.common.IriScheme;
import org.unkg.common.ProgramFingerprint;
import org.unkg.common.Version;
import org.unkg.progress.Progress;

/**
 * Builds a new store from RDF files and makes it the current one:
 * <ol>
 * <li>bulk-loads the files, each read once, into a new directory {@code DIR/stores/<id>/tdb2} (a syntax error
 * ends the load there, naming the file and the line), counting from the stream of statements what the statistics
 * graph holds ({@link StatisticsGraph}) and the size of every named graph, and writes that graph; the same stream
 * fills the text index in {@code DIR/stores/<id>/lucene} on a thread of its own ({@link StreamedTextIndex});</li>
 * <li>then at the same time, each on a thread of its own: counts what the store holds into {@code statistics.ttl}
 * ({@link DatasetStatistics}), writes the whole of it to {@code dumps/unkg.nq.gz} with its SHA-256
 * ({@link DatasetDump}), and counts the literals the text index must hold;</li>
 * <li>opens the store as the server will, from {@code config.ttl}, and checks the counts: the quads the dump wrote
 * against those sent, the text index's entries against the indexed literals the store holds;</li>
 * <li>writes {@code store.properties}, then replaces {@code DIR/current} atomically;</li>
 * <li>deletes the stores older than the one just replaced.</li>
 * </ol>
 * If any step fails, the new directory is deleted and the current store stays as it was.
 *
 * <pre>{@code
 * StoreLayout layout = new StoreLayout(Path.of("db"));
 * LoadResult result = new StoreBuilder(layout, StoreConfig.locate())
 *         .build(List.of(InputFile.of(Path.of("out/un.nq.gz")),
 *                        InputFile.of(Path.of("ontology/vocabularies/agenda-items.ttl"),
 *                                     "https://w3id.org/unkg/graph/vocabulary/agenda-items")));
 * }</pre>
 */
public final class StoreBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBuilder.class);

    private final StoreLayout layout;
    private final StoreConfig config;
    private Progress progress = Progress.silent();
    private Entailment entailment;
    private String uriSpace = DatasetStatistics.DEFAULT_URI_SPACE;
    private LoaderKind loader = LoaderKind.forThisMachine();

    public StoreBuilder(StoreLayout layout, StoreConfig config) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Where the long steps report; silent unless set. */
    public StoreBuilder progress(Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /** What the load adds by entailment; by default that of the packaged ontology and its aligned ontologies. */
    public StoreBuilder entailment(Entailment entailment) {
        this.entailment = Objects.requireNonNull(entailment, "entailment");
        return this;
    }

    /** Jena's bulk loader to use; by default the one that suits this machine ({@link LoaderKind#forThisMachine()}). */
    public StoreBuilder loader(LoaderKind loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
        return this;
    }

    /** The namespace of the data's entities, which the statistics count; {@code https://w3id.org/unkg/id/} unless set. */
    public StoreBuilder uriSpace(String uriSpace) {
        this.uriSpace = Objects.requireNonNull(uriSpace, "uriSpace");
        return this;
    }

    /**
     * Builds a store from the files and makes it current.
     *
     * @throws StoreException naming the file and the problem; the current store is then unchanged
     */
    public LoadResult build(List<InputFile> inputs) {
        if (inputs.isEmpty()) {
            throw new StoreException("no files to load");
        }
        for (InputFile input : inputs) {
            if (!Files.isRegularFile(input.path())) {
                throw new StoreException(input.path() + ": no such file");
            }
            input.lang();
        }
        Optional<Store> previous = layout.current();

        Store store = layout.createStore();
        StoreInfo info;
        try {
            info = fill(store, inputs);
            layout.makeCurrent(store);
        } catch (RuntimeException | Error e) {
            discard(store, e);
            throw e;
        }
        LOG.info("Store {} is current: {} quads, {} text index entries", store.id(),
                String.format("%,d", info.quads()), String.format("%,d", info.textEntries()));
        Set<String> keep = new HashSet<>();
        keep.add(store.id());
        previous.ifPresent(p -> keep.add(p.id()));
        try {
            StorePruner.prune(layout, keep);
        } catch (StoreException e) {
            // the load itself succeeded; old stores only cost disk space
            LOG.warn("Could not delete old stores: {}", e.getMessage());
        }
        return new LoadResult(store, info, previous);
    }

    private StoreInfo fill(Store store, List<InputFile> inputs) {
        IriScheme iris = iris();
        BulkLoad.Loaded loaded;
        // The text index is one of its own, not the one the store will be opened with: jena-text commits or rolls
        // back the writer of a dataset's index whenever a transaction on that dataset ends.
        TextIndex index = config.openTextIndex(store);
        EntityDefinition indexed = index.getDocDef();
        try {
            loaded = new BulkLoad(progress, entailment != null ? entailment : Entailment.packaged(), iris, loader)
                    .load(store.tdb2(), inputs, index);
        } finally {
            index.close();
        }
        Set<String> fileGraphs = new HashSet<>();
        inputs.forEach(input -> fileGraphs.add(input.defaultGraph()));
        fileGraphs.add(iris.statisticsGraph());
        // the converter's shared graphs are subsets of their own, not documents
        fileGraphs.add(iris.discoveredGraph());
        fileGraphs.add(iris.referencedGraph());
        // The steps that read the loaded database run at the same time, on the bare database.
        DatasetGraph base = DatabaseMgr.connectDatasetGraph(store.tdb2().toString());
        DatasetDump.Written written;
        long literals;
        try {
            ParallelSteps steps = new ParallelSteps();
            steps.submit("statistics", () -> {
                new DatasetStatistics(uriSpace, fileGraphs).write(base, loaded.graphSizes(), store, progress);
                return null;
            });
            Future<DatasetDump.Written> dump = steps.submit("dump", () -> DatasetDump.write(base, store, progress));
            Future<Long> text = steps.submit("count of indexed literals",
                    () -> StoreVerification.indexedLiterals(base, indexed));
            steps.awaitAll();
            written = steps.get(dump);
            literals = steps.get(text);
        } finally {
            TDBInternal.expel(base);
        }
        StoreVerification.Counts counts;
        // Opened as the server will open it, from the description, to check what it will find.
        try (OpenStore open = config.open(store)) {
            counts = StoreVerification.verify(open.dataset(), store, loaded.sent(), written.quads(), literals);
        }
        List<StoreInfo.LoadedFile> files = loaded.files().stream()
                .map(p -> new StoreInfo.LoadedFile(p.file().path().toString(), p.sha256(), p.file().defaultGraph()))
                .toList();
        StoreInfo info = new StoreInfo(counts.quads(), loaded.read(), counts.textEntries(), files,
                Version.current(), ProgramFingerprint.sha256(), config.sha256(), Instant.now());
        info.write(store.infoFile());
        return info;
    }

    /** The data IRIs whose entities are in the URI space: the statistics graph and its data sets are minted there. */
    private IriScheme iris() {
        String entities = IriScheme.standard().entityBase().substring(IriScheme.standard().base().length());
        return uriSpace.endsWith(entities)
                ? new IriScheme(uriSpace.substring(0, uriSpace.length() - entities.length()))
                : IriScheme.standard();
    }

    private static void discard(Store store, Throwable failure) {
        try {
            StorePruner.delete(store.dir());
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
