package org.unkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.Fixtures;
import org.unkg.load.InputFile;
import org.unkg.load.Store;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreLayout;
import org.unkg.serve.SparqlServer;
import picocli.CommandLine;

/** A short soak run against a real server of the small test store, measuring this process's own memory. */
class SoakRunTest {

    @TempDir
    Path tmp;

    @Test
    void aShortRunReportsItsFigures() throws Exception {
        Store store = new StoreBuilder(new StoreLayout(tmp.resolve("db")), Fixtures.config())
                .build(List.of(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, tmp)))).store();
        Path readme = Files.writeString(tmp.resolve("README.md"),
                "```sparql\nSELECT * { ?s ?p ?o } LIMIT 5\n```\n```sparql\nASK { ?s ?p ?o }\n```\n",
                StandardCharsets.UTF_8);
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try (SparqlServer server = SparqlServer.builder(store).config(Fixtures.config()).port(0).host("127.0.0.1")
                .start()) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new SoakRun()).execute("--endpoint", server.endpointUrl(),
                    "--pid", Long.toString(ProcessHandle.current().pid()), "--clients", "3", "--seconds", "3",
                    "--warmup", "0", "--gallery", tmp.resolve("none.ttl").toString(), "--readme", readme.toString(),
                    "--page", "/no/such/page");
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, exit);
        List<String> rows = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, rows.size(), rows.toString());
        String row = rows.get(2);
        String[] cells = row.split("\\|");
        // Three clients start at the three targets, the third at the page.
        assertEquals("3", cells[1].strip(), row);
        assertTrue(Long.parseLong(cells[2].strip()) >= 3, row);
        assertTrue(cells[4].strip().matches("404×\\d+"), "the page that is not there: " + row);
        assertEquals("0", cells[5].strip(), row);
        assertTrue(cells[9].strip().matches("\\d+ MiB / \\d+ MiB / \\d+ MiB"), row);
    }
}
