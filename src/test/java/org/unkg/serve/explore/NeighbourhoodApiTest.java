package org.unkg.serve.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.testing.Http;
import org.unkg.testing.SampleQueries;
import org.unkg.testing.SampleSite;

/**
 * {@code /api/neighbourhood} on the sample site, checked against what the SPARQL endpoint counts: every kind of link
 * of a thing with its total, kinds and years; paging through one of them in full; narrowing by kind and year; names
 * in the reader's language; and the refusals.
 */
class NeighbourhoodApiTest {

    private static final String ID = "https://w3id.org/unkg/id/";
    private static final String CTED = ID + "organization/CTED";
    private static final String MENTIONS = "https://w3id.org/unkg/ontology#mentions";
    private static final String RESOLUTION_1373 = ID + "document/S/RES/1373(2001)";

    @BeforeAll
    static void start() {
        SampleSite.server();
    }

    static JsonObject get(String query) {
        HttpResponse<byte[]> answer = Http.get(SampleSite.url("/api/neighbourhood?" + query));
        assertEquals(200, answer.statusCode(), () -> query + ": " + new String(answer.body(), StandardCharsets.UTF_8));
        assertEquals("application/json", answer.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        return JSON.parse(new String(answer.body(), StandardCharsets.UTF_8));
    }

    static JsonObject link(JsonObject answer, String property, String direction) {
        for (JsonValue v : answer.get("links").getAsArray()) {
            JsonObject link = v.getAsObject();
            if (link.getString("link").equals(property) && link.getString("direction").equals(direction)) {
                return link;
            }
        }
        return null;
    }

    static int number(JsonObject object, String key) {
        return object.get(key).getAsNumber().value().intValue();
    }

    static List<String> ids(JsonArray cards) {
        List<String> ids = new ArrayList<>();
        cards.forEach(c -> ids.add(c.getAsObject().getString("id")));
        return ids;
    }

    @Test
    void everyKindOfLinkComesWithItsTotalAndItsFirstThings() {
        JsonObject answer = get("iri=" + Http.encode(CTED) + "&lang=en");
        JsonObject node = answer.get("node").getAsObject();
        assertEquals(CTED, node.getString("id"));
        assertEquals("Counter-Terrorism Committee Executive Directorate", node.getString("label"));
        assertEquals("organization", node.getString("kind"));
        assertEquals("https://w3id.org/unkg/ontology#Office", node.getString("class"));
        JsonObject mentioned = link(answer, MENTIONS, "in");
        assertNotNull(mentioned, "CTED is mentioned");
        long mentioning = SampleQueries.count("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x unkg:mentions <" + CTED + "> }");
        assertTrue(mentioning > 0);
        assertEquals(mentioning, number(mentioned, "total"));
        assertEquals("mentioned by", mentioned.getString("label"));
        assertEquals("unkg:mentions", mentioned.getString("curie"));
        assertEquals(Math.min(Neighbourhood.FIRST, mentioning), mentioned.get("neighbours").getAsArray().size());
        int byKind = 0;
        for (Map.Entry<String, JsonValue> kind : mentioned.get("kinds").getAsObject().entrySet()) {
            byKind += kind.getValue().getAsNumber().value().intValue();
        }
        assertEquals(mentioning, byKind, "the kinds add up to the total");
        long documents = SampleQueries.count("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x unkg:mentions <" + CTED
                + "> ; a unkg:Document }");
        assertEquals(documents, mentioned.get("kinds").getAsObject().get("document").getAsNumber().value().longValue());
        // Its parent, outgoing; and no property the store only entails (org:transitiveSubOrganizationOf).
        JsonObject parent = link(answer, "http://www.w3.org/ns/org#subOrganizationOf", "out");
        assertEquals(List.of(ID + "organization/CTC"), ids(parent.get("neighbours").getAsArray()));
        assertEquals(null, link(answer, "http://www.w3.org/ns/org#transitiveSubOrganizationOf", "out"));
        assertEquals(null, link(answer, "https://w3id.org/akn/ontology/allot/mentions", "in"));
    }

    @Test
    void pagesGoThroughAKindOfLinkInFullInTimeOrder() {
        Set<String> expected = new HashSet<>(SampleQueries.column("SELECT DISTINCT ?x { ?x unkg:mentions <" + CTED
                + "> }", "x"));
        List<String> seen = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        int offset = 0;
        for (int page = 0; page < 100; page++) {
            JsonObject link = get("iri=" + Http.encode(CTED) + "&link=" + Http.encode(MENTIONS)
                    + "&direction=in&limit=7&offset=" + offset).get("links").getAsArray().get(0).getAsObject();
            assertEquals(expected.size(), number(link, "total"));
            JsonArray neighbours = link.get("neighbours").getAsArray();
            neighbours.forEach(n -> {
                seen.add(n.getAsObject().getString("id"));
                dates.add(n.getAsObject().hasKey("date") ? n.getAsObject().getString("date") : "~");
            });
            offset += neighbours.size();
            if (neighbours.isEmpty() || offset >= number(link, "total")) {
                break;
            }
        }
        assertEquals(expected.size(), seen.size(), "each once");
        assertEquals(expected, new HashSet<>(seen));
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "oldest first");
    }

    @Test
    void aPageNarrowsToOneKindOrOneYear() {
        JsonObject all = link(get("iri=" + Http.encode(RESOLUTION_1373)), "https://w3id.org/unkg/ontology#cites",
                "in");
        assertNotNull(all, "1373 is cited");
        JsonArray years = all.get("years").getAsArray();
        assertFalse(years.isEmpty());
        JsonObject first = years.get(0).getAsObject();
        int year = number(first, "year");
        JsonObject ofYear = get("iri=" + Http.encode(RESOLUTION_1373) + "&link="
                + Http.encode("https://w3id.org/unkg/ontology#cites") + "&direction=in&year=" + year + "&limit=200")
                .get("links").getAsArray().get(0).getAsObject();
        long citingThatYear = SampleQueries.count("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d unkg:cites <"
                + RESOLUTION_1373 + "> ; dct:date ?date FILTER(YEAR(?date) = " + year + ") }");
        assertEquals(citingThatYear, number(first, "count"));
        assertEquals(citingThatYear, number(ofYear, "total"));
        assertEquals(year, number(ofYear, "year"));
        ofYear.get("neighbours").getAsArray().forEach(n ->
                assertTrue(n.getAsObject().getString("date").startsWith(year + "-"), n.toString()));

        JsonObject paragraphs = get("iri=" + Http.encode(CTED) + "&link=" + Http.encode(MENTIONS)
                + "&direction=in&kind=paragraph&limit=200").get("links").getAsArray().get(0).getAsObject();
        long mentioningParagraphs = SampleQueries.count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p unkg:mentions <" + CTED
                + "> ; a unkg:Paragraph }");
        assertEquals(mentioningParagraphs, number(paragraphs, "total"));
        paragraphs.get("neighbours").getAsArray().forEach(n ->
                assertEquals("paragraph", n.getAsObject().getString("kind")));
    }

    @Test
    void namesAreInTheReadersLanguageAndEveryThingHasItsClassAndDate() {
        JsonObject zh = get("iri=" + Http.encode(CTED) + "&lang=zh");
        assertEquals("反恐怖主义委员会执行局", zh.get("node").getAsObject().getString("label"));
        assertEquals("zh", zh.get("node").getAsObject().getString("lang"));
        assertEquals("被提及", link(zh, MENTIONS, "in").getString("label"));
        Map<String, String> dates = new HashMap<>();
        SampleQueries.select("SELECT ?d ?date { ?d unkg:cites <" + RESOLUTION_1373 + "> ; dct:date ?date }")
                .forEach(row -> dates.put(row.get("d"), row.get("date")));
        JsonObject cited = link(get("iri=" + Http.encode(RESOLUTION_1373) + "&lang=en"),
                "https://w3id.org/unkg/ontology#cites", "in");
        cited.get("neighbours").getAsArray().forEach(v -> {
            JsonObject n = v.getAsObject();
            assertEquals(dates.get(n.getString("id")), n.getString("date"), n.getString("id"));
            assertTrue(n.getString("class").startsWith("https://w3id.org/unkg/ontology#"), n.toString());
            assertFalse(n.getString("classLabel").isEmpty());
            assertTrue(n.getString("href").startsWith("/page/document/"), n.toString());
        });
    }

    @Test
    void aThingOrKindOfLinkTheStoreDoesNotHaveIsNotFoundAndAMalformedAskIsRefused() {
        assertEquals(404, Http.get(SampleSite.url("/api/neighbourhood?iri=" + Http.encode(ID + "organization/NOPE")))
                .statusCode());
        assertEquals(404, Http.get(SampleSite.url("/api/neighbourhood?iri=" + Http.encode("http://example.org/x")))
                .statusCode());
        assertEquals(404, Http.get(SampleSite.url("/api/neighbourhood")).statusCode());
        assertEquals(404, Http.get(SampleSite.url("/api/neighbourhood?iri=" + Http.encode(CTED) + "&link="
                + Http.encode("https://w3id.org/unkg/ontology#cites") + "&direction=in")).statusCode());
        for (String bad : List.of("&direction=up", "&direction=in&limit=100000", "&direction=in&offset=-1",
                "&direction=in&year=twenty", "&direction=in&kind=%3Cscript%3E")) {
            assertEquals(400, Http.get(SampleSite.url("/api/neighbourhood?iri=" + Http.encode(CTED) + "&link="
                    + Http.encode(MENTIONS) + bad)).statusCode(), bad);
        }
    }
}
