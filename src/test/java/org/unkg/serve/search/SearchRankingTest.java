package org.unkg.serve.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.unkg.testing.Http;
import org.unkg.testing.JudgedSite;

/**
 * The search's ranking scored against the judged queries ({@link JudgedQueries}) with nDCG@10, over a part of the
 * corpus that holds every judged document ({@link JudgedSite}), through the results page as a reader gets it. Prints
 * each query's figure; fails when the mean falls below what the ranking reaches, when a query that names a thing does
 * not list it first among the names, or when one of the home page's examples has nothing relevant on top.
 */
class SearchRankingTest {

    /**
     * Just under the mean nDCG@10 the ranking reaches (0.766; Lucene's order alone reached 0.755), so that a worse
     * ranking fails.
     */
    private static final double FLOOR = 0.75;

    private static final Pattern PARAGRAPH = Pattern.compile("<a class=\"paragraph\" href=\"/page/([^\"?]*)\\?");
    private static final Pattern ENTITY = Pattern.compile("<ul class=\"entities\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern ENTITY_HREF = Pattern.compile("<li><a href=\"/page/([^\"?]*)\\?");

    private record Page(List<String> entities, List<String> paragraphs) {
    }

    private static Page search(JudgedQueries.Query query) {
        HttpResponse<byte[]> response = Http.get(JudgedSite.url("/search?q=" + Http.encode(query.q()) + "&in="
                + query.in() + "&lang=en"), "Accept", Http.BROWSER_ACCEPT);
        assertEquals(200, response.statusCode(), query.q());
        String html = new String(response.body(), StandardCharsets.UTF_8);
        List<String> paragraphs = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(html);
        while (m.find()) {
            paragraphs.add(JudgedQueries.BASE + m.group(1));
        }
        List<String> entities = new ArrayList<>();
        Matcher list = ENTITY.matcher(html);
        if (list.find()) {
            Matcher e = ENTITY_HREF.matcher(list.group(1));
            while (e.find()) {
                entities.add(JudgedQueries.BASE + e.group(1));
            }
        }
        return new Page(entities, paragraphs);
    }

    @Test
    void theJudgedQueriesFindWhatAReaderExpectsOnTop() {
        List<JudgedQueries.Query> queries = JudgedQueries.load();
        assertTrue(queries.size() >= 30, "at least 30 judged queries: " + queries.size());
        double sum = 0;
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder(
                "| query | kind | nDCG@10 | named first | first paragraph |\n|---|---|---|---|---|\n");
        for (JudgedQueries.Query query : queries) {
            Page page = search(query);
            double ndcg = Ndcg.at(10, page.paragraphs(), query.grades());
            sum += ndcg;
            String namedFirst = "";
            if (query.entity() != null) {
                boolean first = !page.entities().isEmpty() && page.entities().get(0).equals(query.entity());
                namedFirst = first ? "yes" : "no";
                if (!first) {
                    failures.add(query.id() + ": " + query.entity() + " is not the first name listed: "
                            + page.entities());
                }
            }
            if (query.kind().equals("example")) {
                String top = page.paragraphs().isEmpty() ? null : page.paragraphs().get(0);
                if (top == null || Ndcg.at(1, List.of(top), query.grades()) == 0) {
                    failures.add(query.id() + ": the home page's example has nothing relevant on top: " + top);
                }
            }
            String first = page.paragraphs().isEmpty() ? ""
                    : page.paragraphs().get(0).substring(JudgedQueries.BASE.length());
            table.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %s | %s |%n", query.q(), query.kind(), ndcg,
                    namedFirst, first));
        }
        double mean = sum / queries.size();
        table.append(String.format(Locale.ROOT, "| mean of %d | | %.3f | | |%n", queries.size(), mean));
        System.out.println(table);
        assertTrue(mean >= FLOOR, String.format(Locale.ROOT, "mean nDCG@10 %.3f under %.3f%n%s", mean, FLOOR, table));
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + table);
    }
}
