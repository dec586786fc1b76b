package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.Fixtures;

class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aDirectoryWithoutStoreExitsWithAMessage() {
        assertEquals(1, Main.run("serve", "--db", tmp.resolve("db").toString(), "--port", "0"));
    }

    @Test
    void aPortOutOfRangeExitsWithAMessage() throws IOException {
        Path db = tmp.resolve("db");
        assertEquals(0, Main.run("load", "--db", db.toString(), Fixtures.copy(Fixtures.DOCUMENTS, tmp).toString()));
        assertEquals(1, Main.run("serve", "--db", db.toString(), "--port", "70000"));
    }
}
