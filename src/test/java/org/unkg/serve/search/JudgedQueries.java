package org.unkg.serve.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The judged queries of {@code src/test/resources/search/judged.json}: for each query, what a reader expects on top,
 * graded 2 (what the query is about) or 1 (relevant), each judgement with the reason read in the text. A judged IRI
 * is a paragraph ({@code .../para/N}) or a whole document, which the first of its paragraphs in the results stands
 * for.
 */
final class JudgedQueries {

    static final String BASE = "https://w3id.org/unkg/id/";

    /**
     * One query.
     *
     * @param id     a short name for the figures
     * @param q      the words, as typed into the search box
     * @param in     the {@code in} filter: {@code zh}, {@code en} or {@code any}
     * @param kind   topic, body, reference, phrase or example
     * @param entity the thing the query names, expected first among the names that match, or null
     * @param grades the judged IRIs and their grades, best first
     */
    record Query(String id, String q, String in, String kind, String entity, Map<String, Integer> grades) {
    }

    private JudgedQueries() {
    }

    static List<Query> load() {
        try (InputStream in = JudgedQueries.class.getResourceAsStream("/search/judged.json")) {
            if (in == null) {
                throw new IllegalStateException("search/judged.json is missing from the test resources");
            }
            JsonObject root = JSON.parse(in);
            List<Query> queries = new ArrayList<>();
            for (JsonValue v : root.get("queries").getAsArray()) {
                JsonObject o = v.getAsObject();
                Map<String, Integer> grades = new LinkedHashMap<>();
                for (JsonValue j : o.get("judged").getAsArray()) {
                    JsonObject judged = j.getAsObject();
                    String iri = BASE + judged.getString("id");
                    if (grades.put(iri, judged.get("grade").getAsNumber().value().intValue()) != null) {
                        throw new IllegalStateException(o.getString("id") + ": " + iri + " is judged twice");
                    }
                    if (judged.getString("why") == null || judged.getString("why").isBlank()) {
                        throw new IllegalStateException(o.getString("id") + ": " + iri + " has no reason");
                    }
                }
                queries.add(new Query(o.getString("id"), o.getString("q"),
                        o.hasKey("in") ? o.getString("in") : "any", o.getString("kind"),
                        o.hasKey("entity") ? BASE + o.getString("entity") : null, grades));
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an IRI is a paragraph's rather than a document's. */
    static boolean isParagraph(String iri) {
        return iri.contains("/para/");
    }

    /** The document of a paragraph's IRI. */
    static String documentOf(String paragraph) {
        return paragraph.substring(0, paragraph.indexOf("/para/"));
    }
}
