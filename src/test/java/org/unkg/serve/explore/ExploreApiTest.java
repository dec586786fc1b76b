package org.unkg.serve.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.testing.Http;
import org.unkg.testing.SampleQueries;
import org.unkg.testing.SampleSite;

/**
 * The explorer's other questions on the sample site: the cards of things and the links among them
 * ({@code /api/explore/nodes}), the shortest chains between two things ({@code /api/explore/paths}), checked against
 * what SPARQL says of each link and of shorter chains, and things found by their names in either language
 * ({@code /api/explore/lookup}).
 */
class ExploreApiTest {

    private static final String ID = "https://w3id.org/unkg/id/";
    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    private static final String PRST = ID + "document/S/PRST/2012/16";
    private static final String CTC = ID + "organization/CTC";
    private static final String CTED = ID + "organization/CTED";
    private static final String UNSC = ID + "organization/UNSC";

    @BeforeAll
    static void start() {
        SampleSite.server();
    }

    private static JsonObject json(HttpResponse<byte[]> answer) {
        assertEquals(200, answer.statusCode(), () -> new String(answer.body(), StandardCharsets.UTF_8));
        return JSON.parse(new String(answer.body(), StandardCharsets.UTF_8));
    }

    private static Set<String> links(JsonObject answer) {
        Set<String> links = new HashSet<>();
        answer.get("links").getAsArray().forEach(v -> {
            JsonObject l = v.getAsObject();
            links.add(l.getString("source") + " " + l.getString("property") + " " + l.getString("target"));
        });
        return links;
    }

    @Test
    void nodesComeWithTheLinksAmongThemAndTheDrawnOnes() {
        // A body, its parent and the Council, the parent already drawn: the links between them, written ones only.
        String form = "iri=" + Http.encode(CTED) + "&iri=" + Http.encode(UNSC) + "&iri=" + Http.encode(ID + "organization/NOPE")
                + "&with=" + Http.encode(CTC) + "&lang=en";
        JsonObject answer = json(Http.post(SampleSite.url("/api/explore/nodes"), "application/x-www-form-urlencoded",
                form));
        List<String> ids = new ArrayList<>();
        answer.get("nodes").getAsArray().forEach(v -> ids.add(v.getAsObject().getString("id")));
        assertEquals(List.of(CTED, UNSC), ids);
        assertEquals(List.of(ID + "organization/NOPE"), answer.get("unknown").getAsArray().stream()
                .map(v -> v.getAsString().value()).toList());
        Set<String> links = links(answer);
        String sub = "http://www.w3.org/ns/org#subOrganizationOf";
        assertTrue(links.contains(CTED + " " + sub + " " + CTC), links.toString());
        assertTrue(links.contains(CTC + " " + sub + " " + UNSC), links.toString());
        for (String l : links) {
            assertFalse(l.contains("transitiveSubOrganizationOf") || l.contains("hasSubOrganization"),
                    "only the statements written: " + l);
            String[] parts = l.split(" ");
            assertEquals(1, SampleQueries.count("SELECT (COUNT(*) AS ?n) { <" + parts[0] + "> <" + parts[1] + "> <"
                    + parts[2] + "> }"), l);
        }
        // GET does the same for a small view.
        JsonObject got = json(Http.get(SampleSite.url("/api/explore/nodes?" + form)));
        assertEquals(links, links(got));
        assertEquals(400, Http.get(SampleSite.url("/api/explore/nodes")).statusCode());
    }

    @Test
    void pathsAreTheShortestChainsAndEachLinkIsInTheStore() {
        JsonObject answer = json(Http.get(SampleSite.url("/api/explore/paths?from=" + Http.encode(PRST) + "&to="
                + Http.encode(CTC) + "&lang=en")));
        assertNull(answer.get("stopped").isNull() ? null : answer.get("stopped").toString());
        int length = answer.get("length").getAsNumber().value().intValue();
        assertTrue(length >= 1 && length <= 4, "length " + length);
        List<List<String>> chains = new ArrayList<>();
        answer.get("chains").getAsArray().forEach(c -> chains.add(c.getAsArray().stream()
                .map(v -> v.getAsString().value()).toList()));
        assertFalse(chains.isEmpty());
        Set<String> links = links(answer);
        Set<String> followed = Set.of(UNKG + "cites", UNKG + "mentions", "http://www.w3.org/ns/org#subOrganizationOf");
        for (List<String> chain : chains) {
            assertEquals(length + 1, chain.size());
            assertEquals(PRST, chain.get(0));
            assertEquals(CTC, chain.get(chain.size() - 1));
            for (int i = 0; i + 1 < chain.size(); i++) {
                String a = chain.get(i);
                String b = chain.get(i + 1);
                assertTrue(links.stream().anyMatch(l -> l.startsWith(a + " ") && l.endsWith(" " + b)
                        || l.startsWith(b + " ") && l.endsWith(" " + a)), a + " to " + b);
            }
        }
        for (String l : links) {
            String[] parts = l.split(" ");
            assertTrue(followed.contains(parts[1]), l);
            assertEquals(1, SampleQueries.count("SELECT (COUNT(*) AS ?n) { <" + parts[0] + "> <" + parts[1] + "> <"
                    + parts[2] + "> }"), l);
        }
        // No chain is shorter: SPARQL's property path of one link fewer, passing through no paragraph, finds none.
        String step = "(unkg:cites|^unkg:cites|unkg:mentions|^unkg:mentions|org:subOrganizationOf|^org:subOrganizationOf)";
        StringBuilder pattern = new StringBuilder();
        String previous = "<" + PRST + ">";
        for (int i = 1; i < length; i++) {
            String next = i == length - 1 ? "<" + CTC + ">" : "?m" + i;
            pattern.append(previous).append(' ').append(step).append(' ').append(next).append(" . ");
            if (!next.startsWith("<")) {
                pattern.append("FILTER(!CONTAINS(STR(").append(next).append("), \"/para/\")) ");
            }
            previous = next;
        }
        if (length > 1) {
            if (length == 2) {
                pattern.setLength(0);
                pattern.append("<" + PRST + "> " + step + " <" + CTC + "> .");
            }
            assertEquals(0, SampleQueries.count("SELECT (COUNT(*) AS ?n) { " + pattern + " }"),
                    "a chain of " + (length - 1) + " links");
        }
    }

    @Test
    void aSearchTooLongOrTooWideSaysWhyItStopped() {
        JsonObject none = json(Http.get(SampleSite.url("/api/explore/paths?from=" + Http.encode(PRST) + "&to="
                + Http.encode(ID + "theme/counter-terrorism") + "&link=" + Http.encode(UNKG + "cites") + "&max=1")));
        assertEquals("none", none.get("stopped").getAsString().value());
        assertTrue(none.get("chains").getAsArray().isEmpty());
        assertEquals(400, Http.get(SampleSite.url("/api/explore/paths?from=" + Http.encode(PRST) + "&to="
                + Http.encode(CTC) + "&link=" + Http.encode("http://www.w3.org/2000/01/rdf-schema#seeAlso")))
                .statusCode());
        assertEquals(400, Http.get(SampleSite.url("/api/explore/paths?from=" + Http.encode(PRST) + "&to="
                + Http.encode(CTC) + "&max=99")).statusCode());
        assertEquals(404, Http.get(SampleSite.url("/api/explore/paths?from=" + Http.encode(PRST) + "&to="
                + Http.encode(ID + "organization/NOPE"))).statusCode());
    }

    @Test
    void thingsAreFoundByTheirNamesInEitherLanguageAndDocumentsByTheirSymbols() {
        assertEquals(CTED, first("CTED", "en"));
        assertEquals(CTED, first("反恐怖主义委员会执行局", "zh"));
        assertEquals(PRST, first("S/PRST/2012/16", "en"));
        assertEquals(ID + "document/S/RES/1373(2001)", first("S/RES/1373 (2001)", "en"));
        JsonObject counter = json(Http.get(SampleSite.url("/api/explore/lookup?q=" + Http.encode("counter-terror")
                + "&lang=zh")));
        List<String> found = new ArrayList<>();
        for (JsonValue v : counter.get("results").getAsArray()) {
            found.add(v.getAsObject().getString("id"));
        }
        assertTrue(found.contains(CTC), found.toString());
        assertTrue(found.contains(ID + "theme/counter-terrorism"), found.toString());
        assertTrue(found.size() <= NameLookup.MOST);
        String name = counter.get("results").getAsArray().stream().map(v -> v.getAsObject())
                .filter(o -> o.getString("id").equals(CTC)).findFirst().orElseThrow().getString("label");
        assertEquals("反恐怖主义委员会", name, "named in the reader's language");
        assertEquals(0, json(Http.get(SampleSite.url("/api/explore/lookup?q=" + Http.encode("\"(((*")))).get("results")
                .getAsArray().size());
        assertEquals(400, Http.get(SampleSite.url("/api/explore/lookup?q=")).statusCode());
    }

    private static String first(String words, String lang) {
        JsonObject answer = json(Http.get(SampleSite.url("/api/explore/lookup?q=" + Http.encode(words) + "&lang="
                + lang)));
        assertFalse(answer.get("results").getAsArray().isEmpty(), words);
        return answer.get("results").getAsArray().get(0).getAsObject().getString("id");
    }
}
