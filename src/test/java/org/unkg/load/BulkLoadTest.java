package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.progress.Progress;

class BulkLoadTest {

    /** Nothing entailed, so that the statements stored are those of the file. */
    private static final Entailment NO_ENTAILMENT = Fixtures.noEntailment();

    @TempDir
    Path tmp;

    @Test
    void aFailureDuringTheLoadEndsTheLoaderAndReleasesTheDatabase() throws IOException {
        InputFile file = InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, tmp));
        RdfFileParser.Parsed checked = RdfFileParser.parse(file, StreamRDFLib.sinkNull(), n -> { });
        RdfFileParser.Parsed stale = new RdfFileParser.Parsed(file, checked.statements(), "0".repeat(64));
        Path location = tmp.resolve("tdb2");

        StoreException failure = assertThrows(StoreException.class,
                () -> new BulkLoad(Progress.silent(), NO_ENTAILMENT).load(location, List.of(checked, stale)));

        assertEquals(file.path() + ": the file changed while it was being loaded", failure.getMessage());
        // released: the same process can build a database there again
        StorePruner.delete(location);
        assertFalse(Files.exists(location));
        assertEquals(checked.statements(), new BulkLoad(Progress.silent(), NO_ENTAILMENT).load(location, List.of(checked)));
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
