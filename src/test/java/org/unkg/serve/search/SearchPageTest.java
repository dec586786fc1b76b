package org.unkg.serve.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.unkg.serve.sparql.Gallery;
import org.unkg.testing.Http;
import org.unkg.testing.SampleSite;

/**
 * Full-text search in Chinese and English, from the results page and from SPARQL, over the sample of the corpus.
 */
class SearchPageTest {

    private static final Pattern RESULT = Pattern.compile("<li>\\s*<div class=\"where\"><a class=\"document\" "
            + "href=\"([^\"]*)\\?lang=\\w+\">([^<]*)</a>\\s*<span class=\"meta\">([^<]*)</span>\\s*· <a class=\"paragraph\" "
            + "href=\"([^\"]*)\\?lang=\\w+\">[^<]*</a></div>\\s*<p class=\"passage\" lang=\"(\\w+)\">(.*?)</p>",
            Pattern.DOTALL);

    /** One result as the page shows it. */
    private record Result(String documentHref, String document, String meta, String paragraphHref, String lang,
                          String passage) {
    }

    private static String page(String query) {
        HttpResponse<byte[]> response = Http.get(SampleSite.url("/search?" + query), "Accept", Http.BROWSER_ACCEPT);
        assertEquals(200, response.statusCode(), query);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static List<Result> results(String html) {
        List<Result> results = new ArrayList<>();
        Matcher m = RESULT.matcher(html);
        while (m.find()) {
            results.add(new Result(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)));
        }
        return results;
    }

    private static List<Binding> select(String query) {
        try (QueryExecHTTP exec = QueryExecHTTP.service(SampleSite.server().endpointUrl()).query(query).build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void chineseFindsTheStatementOnTheFinancingOfTerrorism() {
        List<Result> results = results(page("q=" + Http.encode("资助恐怖主义") + "&lang=zh"));
        List<Result> first = results.subList(0, Math.min(5, results.size()));
        assertTrue(first.stream().anyMatch(r -> r.paragraphHref().equals("/page/document/S/PRST/2012/17/para/9")
                        && r.passage().contains("<mark>资助恐怖主义</mark>")),
                "S/PRST/2012/17 paragraph 9 among the first results: " + first);
        assertTrue(first.stream().allMatch(r -> r.lang().equals("zh")));

        List<Binding> rows = select(Gallery.load().examples().stream().filter(e -> e.id().equals("text-zh"))
                .findFirst().orElseThrow().query());
        List<String> top = rows.subList(0, 3).stream()
                .map(r -> r.get("symbol").getLiteralLexicalForm() + " " + r.get("n").getLiteralLexicalForm()).toList();
        assertTrue(top.contains("S/PRST/2012/17 9"), "from SPARQL: " + top);
    }

    @Test
    void englishFindsResolution1373() {
        List<Result> results = results(page("q=" + Http.encode("financing of terrorist acts")));
        List<String> first = results.subList(0, 3).stream().map(Result::document).toList();
        assertTrue(first.contains("S/RES/1373 (2001)"), first.toString());
        Result hit = results.stream().filter(r -> r.document().equals("S/RES/1373 (2001)")).findFirst().orElseThrow();
        assertEquals("/page/document/S/RES/1373(2001)", hit.documentHref());
        assertTrue(hit.paragraphHref().startsWith("/page/document/S/RES/1373(2001)/para/"), hit.paragraphHref());
        assertTrue(hit.meta().contains("resolution") && hit.meta().contains("2001-09-28"), hit.meta());
        assertTrue(hit.passage().contains("<mark>financing</mark>"), hit.passage());

        List<Binding> rows = select(Gallery.load().examples().stream().filter(e -> e.id().equals("text-en-filtered"))
                .findFirst().orElseThrow().query());
        assertEquals("S/RES/1373 (2001)", rows.get(0).get("symbol").getLiteralLexicalForm(), "from SPARQL");
    }

    @Test
    void theNamesThatMatchComeFirst() {
        String html = page("q=" + Http.encode("Counter-Terrorism Committee Executive Directorate"));
        int entities = html.indexOf("class=\"entities\"");
        assertTrue(entities > 0 && entities < html.indexOf("class=\"results\""));
        assertTrue(html.contains("href=\"/page/organization/CTED?lang=en\">Counter-Terrorism Committee Executive "
                + "Directorate</a>"), "CTED by its name, linked to its page");
    }

    @Test
    void aWordBrokenAcrossLinesInTheSourceIsFound() throws IOException {
        String source = Files.readString(Path.of("data/zh/001_bcdcafcd299c5671.txt"), StandardCharsets.UTF_8);
        assertTrue(Pattern.compile("也出\\r?\\n[ \\t]*现增多").matcher(source).find(),
                "the source breaks 出现 across two lines");
        assertFalse(source.contains("出现增多"));

        List<Binding> rows = select("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                SELECT ?p WHERE { (?p ?score) text:query (unkg:text "\\"出现增多\\"" "lang:zh") }""");
        assertEquals(List.of("https://w3id.org/unkg/id/document/S/PRST/2023/6/para/7"),
                rows.stream().map(r -> r.get("p").getURI()).toList(), "the phrase, from SPARQL");

        List<Result> results = results(page("q=" + Http.encode("\"出现增多\"") + "&in=zh&lang=zh"));
        assertEquals(1, results.size());
        assertEquals("/page/document/S/PRST/2023/6/para/7", results.get(0).paragraphHref());
        assertTrue(results.get(0).passage().contains("也<mark>出现增多</mark>"), results.get(0).passage());
    }

    @Test
    void resultsComeTwentyToAPage() {
        String first = page("q=terrorism&in=en");
        String second = page("q=terrorism&in=en&page=2");
        List<Result> one = results(first);
        List<Result> two = results(second);
        assertEquals(20, one.size());
        assertFalse(two.isEmpty());
        Set<String> seen = new HashSet<>();
        one.forEach(r -> seen.add(r.paragraphHref()));
        two.forEach(r -> assertTrue(seen.add(r.paragraphHref()), "on both pages: " + r.paragraphHref()));
        assertTrue(first.contains("rel=\"next\" href=\"/search?q=terrorism&amp;in=en&amp;page=2&amp;lang=en\""));
        assertFalse(first.contains("rel=\"prev\""));
        assertTrue(second.contains("rel=\"prev\" href=\"/search?q=terrorism&amp;in=en&amp;lang=en\""));
        assertTrue(second.contains("<ol class=\"results\" start=\"21\">"));
    }

    @Test
    void filtersNarrowTheResults() {
        List<Result> english = results(page("q=security&in=en&type=Resolution&from=2004&to=2005"));
        assertFalse(english.isEmpty());
        for (Result r : english) {
            assertEquals("en", r.lang());
            assertTrue(r.meta().matches(".*resolution · 200[45]-\\d\\d-\\d\\d.*"), r.meta());
        }
        List<Result> statements = results(page("q=" + Http.encode("安全理事会") + "&type=PresidentialStatement"));
        assertFalse(statements.isEmpty());
        statements.forEach(r -> assertTrue(r.document().startsWith("S/PRST/"), r.document()));
        List<Result> chinese = results(page("q=" + Http.encode("安全理事会") + "&in=zh&to=2012"));
        assertFalse(chinese.isEmpty());
        chinese.forEach(r -> assertTrue(r.meta().contains("2012-"), r.meta()));
    }

    @Test
    void theWordsAreEchoedEscaped() {
        String html = page("q=" + Http.encode("<script>alert(1)</script> \"unbalanced"));
        assertFalse(html.contains("<script>alert"), "never as markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        String nothing = page("q=");
        assertTrue(results(nothing).isEmpty());
        assertTrue(nothing.contains("name=\"q\""), "the form, to search");
    }
}
