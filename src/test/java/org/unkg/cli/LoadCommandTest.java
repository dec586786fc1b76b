package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.Fixtures;
import org.unkg.load.StoreLayout;

class LoadCommandTest {

    @TempDir
    Path tmp;

    @Test
    void exitStatusTellsWhetherTheLoadSucceeded() throws IOException {
        Path db = tmp.resolve("db");
        Path documents = Fixtures.copy(Fixtures.DOCUMENTS, tmp);
        assertEquals(0, Main.run("load", "--db", db.toString(), documents.toString()));
        String current = Files.readString(db.resolve(StoreLayout.CURRENT));

        Path broken = Fixtures.copy(Fixtures.BROKEN, tmp);
        assertEquals(1, Main.run("load", "--db", db.toString(), broken.toString()));
        assertEquals(current, Files.readString(db.resolve(StoreLayout.CURRENT)));
    }

    @Test
    void filesAreRequired() {
        assertEquals(2, Main.run("load", "--db", tmp.toString()));
    }
}
