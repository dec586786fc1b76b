package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.Fixtures;
import org.unkg.load.StoreInfo;
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
    void aFileCanBeLoadedIntoTheGraphItIsGiven() throws IOException {
        Path db = tmp.resolve("db");
        Path documents = Fixtures.copy(Fixtures.DOCUMENTS, tmp);
        Path agendaItems = Fixtures.copy(Fixtures.AGENDA_ITEMS, tmp);
        String graph = "https://w3id.org/unkg/graph/vocabulary/agenda-items";
        assertEquals(0, Main.run("load", "--db", db.toString(), "--graph", agendaItems + "=" + graph,
                documents.toString(), agendaItems.toString()));
        StoreInfo info = new StoreLayout(db).requireCurrent().info();
        assertEquals(graph, info.files().get(1).defaultGraph());
        assertEquals(2, Main.run("load", "--db", db.toString(), "--graph", "other.ttl=" + graph,
                documents.toString()), "a graph for a file that is not loaded");
    }

    @Test
    void filesAreRequired() {
        assertEquals(2, Main.run("load", "--db", tmp.toString()));
    }
}
