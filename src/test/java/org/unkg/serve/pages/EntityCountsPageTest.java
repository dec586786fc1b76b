package org.unkg.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.unkg.testing.Chromium;
import org.unkg.testing.SampleSite;

/**
 * The counts on the entity pages of the sample site, in headless Chromium: the figures and the bars of the chart
 * over the years are those the SPARQL endpoint counts live, in English and in Chinese, styled by the site's
 * stylesheet without inline style.
 */
class EntityCountsPageTest {

    private static final String PREFIXES = "PREFIX unkg: <https://w3id.org/unkg/ontology#> "
            + "PREFIX dct: <http://purl.org/dc/terms/> ";
    private static final String CTED = "https://w3id.org/unkg/id/organization/CTED";

    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        SampleSite.server();
        browser = Chromium.start();
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEntityShowsTheDocumentsAndParagraphsNamingItAndTheirYears() throws Exception {
        browser.get(SampleSite.url("/page/organization/CTED?lang=en"));
        WebElement counts = browser.findElement(By.id("counts"));
        long documents = count("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d unkg:mentions <" + CTED
                + "> ; unkg:hasVersion [] }");
        long paragraphs = count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p unkg:mentions <" + CTED
                + "> ; dct:isPartOf/unkg:hasVersion [] }");
        assertTrue(documents > 1, "the sample names CTED in several documents");
        assertEquals(documents, number(counts.findElement(By.cssSelector(".count-documents")).getText()));
        assertEquals(paragraphs, number(counts.findElement(By.cssSelector(".count-paragraphs")).getText()));
        assertEquals("In figures", browser.findElement(By.id("counts-heading")).getText());

        Map<Integer, Long> perYear = new TreeMap<>();
        for (Map<String, String> row : select("SELECT ?y (COUNT(DISTINCT ?d) AS ?n) { ?d unkg:mentions <" + CTED
                + "> ; unkg:hasVersion [] ; dct:date ?date BIND(YEAR(?date) AS ?y) } GROUP BY ?y")) {
            perYear.put(Integer.parseInt(row.get("y")), Long.parseLong(row.get("n")));
        }
        List<WebElement> bars = counts.findElements(By.cssSelector("svg .year-bar"));
        int first = ((TreeMap<Integer, Long>) perYear).firstKey();
        int last = ((TreeMap<Integer, Long>) perYear).lastKey();
        assertEquals(last - first + 1, bars.size(), "one bar a year from the first to the last");
        long max = perYear.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        double tallest = 0;
        for (int i = 0; i < bars.size(); i++) {
            WebElement bar = bars.get(i);
            long expected = perYear.getOrDefault(first + i, 0L);
            String title = bar.findElement(By.tagName("title")).getAttribute("textContent");
            assertEquals((first + i) + ": " + expected + " documents", title);
            double height = Double.parseDouble(bar.getDomAttribute("height"));
            assertEquals(expected == 0, height == 0, title);
            if (expected == max) {
                tallest = Math.max(tallest, height);
            }
        }
        assertEquals(Double.parseDouble(counts.findElement(By.cssSelector("svg")).getDomAttribute("viewBox")
                .split(" ")[3]), tallest, "the largest count reaches the top");
        assertEquals("rgb(43, 108, 176)", ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector('#counts .year-bar')).fill"),
                "the bars are coloured by counts.css");
    }

    @Test
    void theChinesePageSaysTheSameInChinese() {
        browser.get(SampleSite.url("/page/organization/CTED?lang=zh"));
        assertEquals("数字概览", browser.findElement(By.id("counts-heading")).getText());
        WebElement bar = browser.findElement(By.cssSelector("#counts svg .year-bar"));
        assertTrue(bar.findElement(By.tagName("title")).getAttribute("textContent").matches("\\d{4}年：\\d+份文件"));
        browser.get(SampleSite.url("/page/organization/CTED?lang=en"));
        String english = browser.findElement(By.cssSelector("#counts .count-documents")).getText();
        browser.get(SampleSite.url("/page/organization/CTED?lang=zh"));
        assertEquals(english, browser.findElement(By.cssSelector("#counts .count-documents")).getText());
    }

    @Test
    void aDocumentShowsTheDocumentsCitingIt() throws Exception {
        browser.get(SampleSite.url("/page/document/S/RES/1373(2001)?lang=en"));
        long citing = count("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d unkg:cites "
                + "<https://w3id.org/unkg/id/document/S/RES/1373(2001)> }");
        assertTrue(citing > 0);
        assertEquals(citing, number(browser.findElement(By.cssSelector("#counts .count-cited-by")).getText()));
    }

    @Test
    void aThingNothingCountsHasNoCountsAndThePageHasNoInlineStyle() throws Exception {
        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                SampleSite.url("/page/organization/CTED"))).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(html.contains("id=\"counts\""));
        assertFalse(html.contains(" style="), "a style attribute");
        String meeting = select("SELECT ?m { ?m a unkg:Meeting } ORDER BY ?m LIMIT 1").get(0).get("m");
        browser.get(SampleSite.url("/page/" + meeting.substring("https://w3id.org/unkg/id/".length()) + "?lang=en"));
        assertTrue(browser.getTitle().length() > 0);
        assertTrue(browser.findElements(By.id("counts")).isEmpty(), "a meeting is not counted");
    }

    private static long number(String shown) {
        return Long.parseLong(shown.replace(",", "").strip());
    }

    private static long count(String query) throws Exception {
        return Long.parseLong(select(query).get(0).get("n"));
    }

    private static List<Map<String, String>> select(String query) throws Exception {
        HttpResponse<java.io.InputStream> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                SampleSite.server().endpointUrl() + "?query=" + URLEncoder.encode(PREFIXES + query,
                        StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, answer.statusCode());
        ResultSet results = ResultSetFactory.fromJSON(answer.body());
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            Map<String, String> values = new java.util.HashMap<>();
            row.varNames().forEachRemaining(v -> values.put(v, row.get(v).isLiteral()
                    ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
            rows.add(values);
        }
        return rows;
    }
}
