package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.Fixtures;
import org.unkg.load.Store;
import org.unkg.load.StoreInfo;
import org.unkg.load.StoreLayout;
import picocli.CommandLine;

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
    void jsonTellsWhatTheLoadDid() throws IOException {
        Path db = tmp.resolve("db");
        Path documents = Fixtures.copy(Fixtures.DOCUMENTS, tmp);
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute("load", "--json", "--db", db.toString(), documents.toString()));

        JsonObject summary = JSON.parse(out.toString().strip());
        Store store = new StoreLayout(db).requireCurrent();
        assertEquals(store.id(), summary.get("store").getAsString().value());
        assertEquals(store.dir().toAbsolutePath().toString(), summary.get("dir").getAsString().value());
        StoreInfo info = store.info();
        assertEquals(info.quads(), summary.get("quads").getAsNumber().value().longValue());
        assertEquals(info.textEntries(), summary.get("textEntries").getAsNumber().value().longValue());
        List<String> steps = summary.get("steps").getAsArray().stream()
                .map(step -> step.getAsObject().get("name").getAsString().value()).toList();
        assertTrue(steps.contains("Loading") && steps.size() >= 3, steps.toString());
        for (JsonValue step : summary.get("steps").getAsArray()) {
            assertTrue(step.getAsObject().get("seconds").getAsNumber().value().doubleValue() >= 0, step::toString);
        }
    }

    @Test
    void filesAreRequired() {
        assertEquals(2, Main.run("load", "--db", tmp.toString()));
    }
}
