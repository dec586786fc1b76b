package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.cli.Main;

/**
 * Converts the Chinese corpus with the command line, as a user would, and scores the N-Quads with the project's
 * scorer against the hand-made answers ({@code src/test/resources/gold}), as they are: the output carries the names of
 * what the documents mention, in their vocabularies' graphs, so that it can be scored (and read) on its own.
 */
class SeedScoreTest {

    @Test
    void seedDocumentsScore(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("seeds.nq");
        assertEquals(0, Main.run("convert", "--manifest", "data/zh/manifest.csv", "--out", out.toString(), "data/zh"));

        Process p = new ProcessBuilder("python3", "src/test/resources/gold/score.py",
                "src/test/resources/gold/seeds.json", out.toString(), "--json").redirectErrorStream(false).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        JsonObject summary = Json.createReader(new StringReader(json)).readObject().getJsonObject("summary");

        assertEquals(5, summary.getInt("found"), json);
        JsonObject fields = summary.getJsonObject("fields");
        for (String field : List.of("symbol", "type", "date", "meeting", "agenda", "paragraphs_ok")) {
            String[] got = fields.getString(field).split("/");
            assertEquals(got[1], got[0], field + ": " + fields);
        }
        double citationF1 = summary.getJsonArray("cites_prf").getJsonNumber(2).doubleValue();
        assertTrue(citationF1 >= 0.98, "citation F1 " + citationF1);
        assertEquals("1/1", summary.getString("cross_document_joins"), "the letter's S/PRST/2012/16 is document 000");
        double entityF1 = summary.getJsonArray("entities_prf").getJsonNumber(2).doubleValue();
        assertTrue(entityF1 >= 0.95, "entity F1 " + entityF1);
        double themeRecall = summary.getJsonNumber("themes_recall").doubleValue();
        assertTrue(themeRecall >= 0.9, "theme recall " + themeRecall);
    }
}
