package org.unkg.serve.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.Fixtures;
import org.unkg.load.InputFile;
import org.unkg.load.Store;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreLayout;
import org.unkg.serve.PublicServer;
import org.unkg.serve.SparqlServer;

/**
 * A stopped server holds none of the text index's files: the search page's own Lucene reader is closed with the
 * server, so that a store that is no longer served can be deleted or replaced and its disk space comes back.
 */
class SearchReleasesTheIndexTest {

    @TempDir
    Path tmp;

    @Test
    void theSearchReaderIsClosedWhenTheServerStops() throws Exception {
        Path maps = Path.of("/proc/self/maps");
        assumeTrue(Files.isReadable(maps), "needs Linux's /proc to see which files the process holds");
        Store store = new StoreBuilder(new StoreLayout(tmp.resolve("db")), Fixtures.config())
                .build(List.of(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, tmp)))).store();
        String index = store.lucene().toAbsolutePath().toString();
        SparqlServer server = PublicServer.builder(store).config(Fixtures.config()).port(0).host("127.0.0.1").start();
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/search?q=terrorism")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(holds(index), "while served, the process holds the index's files");
        } finally {
            server.stop();
        }
        assertFalse(holds(index), "after the server stopped, no file of " + index + " is mapped or open");
    }

    /** Whether this process maps or has open a file under {@code dir}. */
    private static boolean holds(String dir) throws IOException {
        if (Files.readAllLines(Path.of("/proc/self/maps")).stream().anyMatch(l -> l.contains(dir))) {
            return true;
        }
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith(dir);
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }
}
