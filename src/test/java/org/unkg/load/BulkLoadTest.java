package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.common.IriScheme;
import org.unkg.progress.Progress;

class BulkLoadTest {

    private static final IriScheme IRIS = IriScheme.standard();

    /** Nothing entailed, so that the statements stored are those of the file. */
    private static final Entailment NO_ENTAILMENT = Fixtures.noEntailment();

    @TempDir
    Path tmp;

    @Test
    void aSyntaxErrorAfterGoodFilesEndsTheLoaderAndReleasesTheDatabase() throws IOException {
        InputFile good = InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, tmp));
        InputFile broken = InputFile.of(Fixtures.copy(Fixtures.BROKEN, tmp));
        Path location = tmp.resolve("tdb2");

        StoreException failure = assertThrows(StoreException.class,
                () -> new BulkLoad(Progress.silent(), NO_ENTAILMENT, IRIS, LoaderKind.PHASED).load(location, List.of(good, broken), memoryIndex()));

        assertTrue(failure.getMessage().startsWith(broken.path() + ", line 3"), failure.getMessage());
        // released: the same process can build a database there again
        StorePruner.delete(location);
        assertFalse(Files.exists(location));
        BulkLoad.Loaded loaded = new BulkLoad(Progress.silent(), NO_ENTAILMENT, IRIS, LoaderKind.PHASED).load(location, List.of(good), memoryIndex());
        long statistics = loaded.graphSizes().get(IRIS.statisticsGraph());
        assertTrue(statistics > 0, "the statistics graph is written");
        assertEquals(Fixtures.DOCUMENT_QUADS + statistics, loaded.sent());
        assertEquals(Fixtures.DOCUMENT_QUADS, loaded.files().get(0).statements());
        assertEquals(64, loaded.files().get(0).sha256().length());
    }

    @Test
    void anEmptyFileMakesAnEmptyStore() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.nq"));
        StoreLayout layout = new StoreLayout(tmp.resolve("db"));
        LoadResult result = new StoreBuilder(layout, Fixtures.config()).build(List.of(InputFile.of(empty)));
        assertEquals(0, result.info().quads());
        assertEquals(0, result.info().textEntries());
        assertEquals(result.store(), layout.current().orElseThrow());
    }

    @Test
    void bothLoadersBuildTheSameDatabase() throws IOException {
        InputFile documents = InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, tmp));
        Set<String> phased = quads(tmp.resolve("phased"), documents, LoaderKind.PHASED);
        Set<String> parallel = quads(tmp.resolve("parallel"), documents, LoaderKind.PARALLEL);
        assertTrue(phased.size() > Fixtures.DOCUMENT_QUADS, "the documents and the statistics graph");
        assertEquals(phased, parallel);
    }

    @Test
    void theParallelLoaderOnlyWhereItPaysOff() {
        assertEquals(LoaderKind.PHASED, LoaderKind.forMachine(2, 24L << 30));
        assertEquals(LoaderKind.PHASED, LoaderKind.forMachine(16, 1L << 30));
        assertEquals(LoaderKind.PARALLEL, LoaderKind.forMachine(8, 4L << 30));
    }

    /** A text index in memory: these tests look at the database only. */
    private static TextIndex memoryIndex() {
        return TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(),
                new TextIndexConfig(new EntityDefinition("uri", "text", RDFS.label)));
    }

    private static Set<String> quads(Path location, InputFile input, LoaderKind kind) {
        new BulkLoad(Progress.silent(), NO_ENTAILMENT, IRIS, kind).load(location, List.of(input), memoryIndex());
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            return Txn.calculateRead(dsg, () -> {
                Set<String> all = new HashSet<>();
                dsg.find().forEachRemaining(q -> all.add(q.toString()));
                return all;
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
