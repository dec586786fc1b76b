package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.cli.Main;

/**
 * A load killed with SIGKILL in the middle leaves the previous store current and whole: the test runs a real load
 * of the converted corpus in a process of its own, kills it once the new store's directory exists, and opens the
 * previous store; the next load then succeeds and clears the leftovers.
 */
class KilledLoadTest {

    @Test
    void aKilledLoadLeavesThePreviousStoreWhole(@TempDir Path dir) throws Exception {
        Path small = Fixtures.copy(Fixtures.DOCUMENTS, dir);
        Path db = dir.resolve("db");
        StoreLayout layout = new StoreLayout(db);
        Store previous = new StoreBuilder(layout, Fixtures.config()).build(List.of(InputFile.of(small))).store();

        Path big = dir.resolve("corpus.nq");
        assertEquals(0, Main.run("convert", "--out", big.toString(), "data/en-resolutions"));

        Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "load", "--db", db.toString(),
                big.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("load.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (load.isAlive() && !bulkLoading(layout, previous) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(load.isAlive(), "the load ended before it could be killed:\n" + Files.readString(dir.resolve("load.log")));
        load.destroyForcibly();
        assertTrue(load.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, load.exitValue(), "killed by SIGKILL");

        assertEquals(previous.id(), layout.requireCurrent().id(), "the previous store is still current");
        try (OpenStore open = Fixtures.config().open(layout.requireCurrent())) {
            long quads = Txn.calculateRead(open.dataset(), () -> open.dataset().stream().count());
            assertEquals(previous.info().quads(), quads, "and whole");
        }

        Store next = new StoreBuilder(layout, Fixtures.config()).build(List.of(InputFile.of(small))).store();
        assertEquals(next.id(), layout.requireCurrent().id());
        try (Stream<Path> stores = Files.list(layout.storesDir())) {
            assertTrue(stores.count() <= 2, "the killed load's directory is cleared by the next load");
        }
    }

    /** The new store's node table has data: the bulk loader is writing it. */
    private static boolean bulkLoading(StoreLayout layout, Store previous) {
        File[] dirs = layout.storesDir().toFile().listFiles();
        return dirs != null && Stream.of(dirs).filter(d -> !d.getName().equals(previous.id()))
                .map(d -> new File(d, "tdb2/Data-0001/nodes.dat")).anyMatch(f -> f.length() > 0);
    }
}
