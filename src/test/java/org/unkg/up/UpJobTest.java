package org.unkg.up;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.progress.Progress;

/** {@code up} on a small checkout: it builds a store, reuses it while nothing changed, rebuilds after a change. */
class UpJobTest {

    @Test
    void buildsThenReusesThenRebuilds(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("data/zh"));
        Files.createDirectories(home.resolve("data/en-resolutions"));
        for (String f : new String[] {"000_701e93fbc13afe04.txt", "manifest.csv"}) {
            Files.copy(Path.of("data/zh", f), home.resolve("data/zh").resolve(f));
        }
        Files.copy(Path.of("data/en-resolutions/S-RES-1373(2001).txt"),
                home.resolve("data/en-resolutions/S-RES-1373(2001).txt"));
        Files.createDirectories(home.resolve("ontology/vocabularies"));
        Files.copy(Path.of("ontology/vocabularies/agenda-items.ttl"),
                home.resolve("ontology/vocabularies/agenda-items.ttl"));
        Workspace ws = new Workspace(home);

        UpJob.Outcome first = job(ws).prepare();
        assertFalse(first.reused());
        assertTrue(Files.size(ws.converted()) > 0);

        UpJob.Outcome second = job(ws).prepare();
        assertTrue(second.reused());
        assertEquals(first.store().id(), second.store().id());

        Files.writeString(home.resolve("data/zh/manifest.csv"), "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        UpJob.Outcome third = job(ws).prepare();
        assertFalse(third.reused());
        assertNotEquals(first.store().id(), third.store().id());
    }

    private static UpJob job(Workspace ws) {
        return new UpJob(ws, Progress.silent(), new PrintWriter(new StringWriter()));
    }
}
