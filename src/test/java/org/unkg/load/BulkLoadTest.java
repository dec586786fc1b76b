package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
                () -> new BulkLoad(Progress.silent(), NO_ENTAILMENT, IRIS).load(location, List.of(good, broken)));

        assertTrue(failure.getMessage().startsWith(broken.path() + ", line 3"), failure.getMessage());
        // released: the same process can build a database there again
        StorePruner.delete(location);
        assertFalse(Files.exists(location));
        BulkLoad.Loaded loaded = new BulkLoad(Progress.silent(), NO_ENTAILMENT, IRIS).load(location, List.of(good));
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
}
