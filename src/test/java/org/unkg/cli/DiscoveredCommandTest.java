package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code unkg discovered}: the names no vocabulary lists, counted across documents, with passages. */
class DiscoveredCommandTest {

    private static JsonObject run(String... args) {
        StringWriter stdout = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute(args));
        return JSON.parse(stdout.toString().strip());
    }

    private static JsonObject named(JsonArray names, String name) {
        for (JsonValue v : names) {
            if (v.getAsObject().get("name").getAsString().value().equals(name)) {
                return v.getAsObject();
            }
        }
        throw new AssertionError(name + " not among " + names);
    }

    @Test
    void namesWithTheirDocumentsMentionsAndPassages() {
        JsonObject out = run("discovered", "--json", "data/en-resolutions/S-RES-1267(1999).txt",
                "data/en-resolutions/S-RES-1989(2011).txt", "data/en-resolutions/S-RES-1333(2000).txt");
        assertEquals(3, out.get("documents").getAsNumber().value().intValue());
        JsonArray names = out.get("names").getAsArray();
        JsonObject binLaden = named(names, "Usama bin Laden");
        assertEquals("person", binLaden.get("kind").getAsString().value());
        assertEquals("https://w3id.org/unkg/id/person/usama-bin-laden", binLaden.get("iri").getAsString().value());
        assertTrue(binLaden.get("documents").getAsNumber().value().intValue() >= 2, binLaden::toString);
        JsonArray passages = binLaden.get("contexts").getAsArray();
        assertTrue(passages.get(0).getAsObject().get("text").getAsString().value().contains("[Usama bin Laden]"),
                passages::toString);
        JsonObject iata = named(names, "International Air Transport Association");
        assertEquals("organization", iata.get("kind").getAsString().value());
        assertTrue(iata.get("shortForms").getAsArray().get(0).getAsString().value().equals("IATA"), iata::toString);
        // the most widespread first
        int previous = Integer.MAX_VALUE;
        for (JsonValue v : names) {
            int documents = v.getAsObject().get("documents").getAsNumber().value().intValue();
            assertTrue(documents <= previous, names::toString);
            previous = documents;
        }
        JsonArray instruments = run("discovered", "--json", "--kind", "instrument",
                "data/en-resolutions/S-RES-1267(1999).txt").get("names").getAsArray();
        instruments.forEach(v -> assertEquals("instrument", v.getAsObject().get("kind").getAsString().value()));
    }
}
