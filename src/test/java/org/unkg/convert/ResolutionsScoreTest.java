package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.cli.Main;

/**
 * Converts the 139 hand-annotated English resolutions of the development gold set
 * ({@code src/test/resources/gold/resolutions.json}) with the command line and scores the entities they name, in all
 * and per kind, with the project's scorers. The floors sit a little below what the extractor reaches, so that a
 * change that loses names or links wrong ones fails here. The converted files are scored as they are: they carry
 * the names of what they mention, in their vocabularies' graphs.
 */
class ResolutionsScoreTest {

    private static final String GOLD = "src/test/resources/gold/resolutions.json";

    /**
     * Kind → {precision, recall} floors, a little below what the set reaches (organizations .987 / .964, instruments
     * .968 / .909, countries .994 / .997, people 1.0 / .992, entities .986 / .963).
     */
    private static final Map<String, double[]> FLOORS = Map.of(
            "Organization", new double[] {0.97, 0.94},
            "Instrument", new double[] {0.95, 0.88},
            "Country", new double[] {0.98, 0.98},
            "Person", new double[] {0.97, 0.97},
            "ArmedGroup", new double[] {0.95, 0.95});

    @Test
    void entitiesPerKind(@TempDir Path dir) throws Exception {
        JsonObject gold = Json.createReader(new StringReader(Files.readString(Path.of(GOLD)))).readObject();
        List<String> args = new ArrayList<>(List.of("convert", "--out", dir.resolve("gold.nq").toString()));
        gold.getJsonArray("documents").forEach(d ->
                args.add("data/en-resolutions/" + d.asJsonObject().getString("file")));
        assertEquals(0, Main.run(args.toArray(String[]::new)));

        JsonObject summary = Json.createReader(new StringReader(python("score.py", dir))).readObject()
                .getJsonObject("summary");
        double precision = summary.getJsonArray("entities_prf").getJsonNumber(0).doubleValue();
        double recall = summary.getJsonArray("entities_prf").getJsonNumber(1).doubleValue();
        assertTrue(precision >= 0.975, "entity precision " + precision);
        assertTrue(recall >= 0.945, "entity recall " + recall);

        JsonObject kinds = Json.createReader(new StringReader(python("score_kinds.py", dir))).readObject();
        FLOORS.forEach((kind, floor) -> {
            JsonObject k = kinds.getJsonObject(kind);
            double p = k.getJsonArray("prf").getJsonNumber(0).doubleValue();
            double r = k.getJsonArray("prf").getJsonNumber(1).doubleValue();
            assertTrue(p >= floor[0], kind + " precision " + p + ": " + k);
            assertTrue(r >= floor[1], kind + " recall " + r + ": " + k);
        });
    }

    private static String python(String scorer, Path dir) throws Exception {
        Process p = new ProcessBuilder("python3", "src/test/resources/gold/" + scorer, GOLD,
                dir.resolve("gold.nq").toString(), "--json").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), scorer + " did not finish");
        return json;
    }
}
