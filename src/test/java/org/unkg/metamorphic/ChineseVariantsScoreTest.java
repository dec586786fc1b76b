package org.unkg.metamorphic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.cli.Main;
import org.unkg.mention.EntityName;
import org.unkg.metamorphic.Originals.Original;
import org.unkg.rdf.EntityVocabularyReader;

/**
 * Every kind of variant of the five Chinese documents that applies to Chinese (other encodings, line widths and line
 * ends, one paragraph per line, full-width and other character forms) and the documents as PDF, Word and web pages,
 * each converted with the command line, as a user would, and scored with the project's scorers against the same
 * hand-made answers as the originals ({@code src/test/resources/gold/seeds.json}): every field right, every paragraph
 * count right, citation F1 at least 0.98, and entity F1 at least 0.95 on every kind of entity.
 */
class ChineseVariantsScoreTest {

    private static final Path GOLD = Path.of("src/test/resources/gold/seeds.json");
    private static final Map<String, String> KINDS = Map.of("organization", "Organization", "instrument", "Instrument",
            "country", "Country", "group", "ArmedGroup");

    @Test
    void everyVariantScoresAsTheOriginals(@TempDir Path dir) throws Exception {
        List<Original> originals = Originals.read(Originals.converter(), 0);
        assertEquals(5, originals.size());
        List<Variant> kinds = new ArrayList<>();
        for (Variant v : Variant.all()) {
            if (v.chinese()) {
                kinds.add(v);
            }
        }
        kinds.addAll(PublishedFormats.all(new PdfLayout()));
        JsonObject gold = Json.createReader(new StringReader(Files.readString(GOLD))).readObject();
        Map<String, String> kindOfKey = kindsOf(gold);

        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Variant v : kinds) {
            Path folder = Files.createDirectories(dir.resolve(v.kind()));
            Map<String, String> renamed = new HashMap<>();
            StringBuilder manifest = new StringBuilder("file,symbol,language\n");
            for (Original o : originals) {
                Optional<Variant.File> file = v.of(o.logical());
                assertTrue(file.isPresent(), v.kind() + " cannot write " + o.logical().name());
                Files.write(folder.resolve(file.get().name()), file.get().bytes());
                renamed.put(o.logical().name(), file.get().name());
                manifest.append(file.get().name()).append(',')
                        .append(o.logical().manifestEntry().flatMap(e -> e.symbol()).orElse("")).append(",zh\n");
            }
            Path manifestFile = dir.resolve(v.kind() + "-manifest.csv");
            Files.writeString(manifestFile, manifest, StandardCharsets.UTF_8);
            Path goldFile = dir.resolve(v.kind() + "-gold.json");
            Files.writeString(goldFile, renamedGold(gold, renamed, kindOfKey).toString(), StandardCharsets.UTF_8);
            Path out = dir.resolve(v.kind() + ".nq");
            assertEquals(0, Main.run("convert", "--manifest", manifestFile.toString(), "--out", out.toString(),
                    folder.toString()), v.kind() + ": convert failed");

            JsonObject summary = json(python("score.py", goldFile, out)).getJsonObject("summary");
            JsonObject perKind = json(python("score_kinds.py", goldFile, out));
            report.append(v.kind()).append(": ").append(summary).append(' ').append(perKind).append('\n');
            if (summary.getInt("found") != originals.size()) {
                failures.add(v.kind() + ": found " + summary.getInt("found"));
            }
            JsonObject fields = summary.getJsonObject("fields");
            for (String field : List.of("symbol", "type", "date", "meeting", "agenda", "paragraphs_ok")) {
                String[] got = fields.getString(field).split("/");
                if (!got[0].equals(got[1])) {
                    failures.add(v.kind() + ": " + field + " " + fields.getString(field));
                }
            }
            double citations = summary.getJsonArray("cites_prf").getJsonNumber(2).doubleValue();
            if (citations < 0.98) {
                failures.add(v.kind() + ": citation F1 " + citations);
            }
            for (String kind : perKind.keySet()) {
                double f1 = perKind.getJsonObject(kind).getJsonArray("prf").getJsonNumber(2).doubleValue();
                if (f1 < 0.95) {
                    failures.add(v.kind() + ": " + kind + " F1 " + f1 + " " + perKind.getJsonObject(kind));
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/chinese-variants-scores.txt"), report, StandardCharsets.UTF_8);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * The gold with each document's file named as the variant names it, and the kind of each entity key (which the
     * per-kind scorer counts by) taken from the vocabulary entry that one of its accepted names names; a key no
     * vocabulary lists (a person) is counted as "Other".
     */
    private static JsonObject renamedGold(JsonObject gold, Map<String, String> renamed, Map<String, String> kinds) {
        JsonArrayBuilder documents = Json.createArrayBuilder();
        for (JsonValue d : gold.getJsonArray("documents")) {
            JsonObject doc = d.asJsonObject();
            documents.add(Json.createObjectBuilder(doc).add("file", renamed.get(doc.getString("file"))));
        }
        JsonObjectBuilder kindsObject = Json.createObjectBuilder();
        kinds.forEach(kindsObject::add);
        return Json.createObjectBuilder(gold).add("documents", documents).add("kinds", kindsObject).build();
    }

    private static Map<String, String> kindsOf(JsonObject gold) {
        Map<String, String> kindByName = new HashMap<>();
        for (EntityName n : EntityVocabularyReader.fromClasspath().names()) {
            String kind = KINDS.get(n.entity().kind());
            if (kind != null) {
                kindByName.putIfAbsent(norm(n.text()), kind);
            }
        }
        Map<String, String> kinds = new HashMap<>();
        for (String key : gold.getJsonObject("entities").keySet()) {
            for (JsonValue accept : gold.getJsonObject("entities").getJsonArray(key)) {
                String kind = kindByName.get(norm(((jakarta.json.JsonString) accept).getString()));
                if (kind != null) {
                    kinds.putIfAbsent(key, kind);
                }
            }
        }
        return kinds;
    }

    /** As the scorer compares names: white space collapsed, case folded. */
    private static String norm(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String python(String scorer, Path gold, Path data) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "src/test/resources/gold/" + scorer, gold.toString(),
                data.toString(), "--json").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), scorer + " did not finish");
        return out;
    }
}
