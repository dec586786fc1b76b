package org.unkg.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unkg.testing.Chromium;
import org.unkg.testing.SampleSite;

/**
 * The entity pages of the sample site in headless Chromium: a document's title, paragraphs and inverse-link counts
 * (compared with what the SPARQL endpoint counts), its names highlighted exactly where the mentions say, the graph
 * viewer drawing more than one node and growing on a click, and the language switch.
 */
class EntityPageTest {

    private static final String BASE = "https://w3id.org/unkg/id/";
    private static final String UNKG = "PREFIX unkg: <https://w3id.org/unkg/ontology#> "
            + "PREFIX dct: <http://purl.org/dc/terms/> ";

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

    private static void open(String path) {
        browser.get(SampleSite.url(path));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    /** Rows of a SELECT on the sample site's endpoint, each variable's value as text. */
    private static List<Map<String, String>> select(String query) throws Exception {
        HttpResponse<java.io.InputStream> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                SampleSite.server().endpointUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, answer.statusCode());
        ResultSet results = ResultSetFactory.fromJSON(answer.body());
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            Map<String, String> values = new HashMap<>();
            row.varNames().forEachRemaining(v -> values.put(v, row.get(v).isLiteral()
                    ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
            rows.add(values);
        }
        return rows;
    }

    private static long count(String query) throws Exception {
        return Long.parseLong(select(query).get(0).get("n"));
    }

    /** The count an inverse-link group shows, by the property's anchor ({@code inv-unkg-cites}). */
    private static long shownCount(String anchor) {
        WebElement count = browser.findElement(By.cssSelector("#" + anchor + " h3 .count"));
        return Long.parseLong(count.getAttribute("data-count"));
    }

    @Test
    void aPresidentialStatementShowsItsTitleParagraphsAndWhatCitesIt() throws Exception {
        String doc = BASE + "document/S/PRST/2012/16";
        open("/page/document/S/PRST/2012/16?lang=en");
        assertEquals("S/PRST/2012/16", browser.findElement(By.tagName("h1")).getText());
        assertEquals("安全理事会主席的声明", browser.findElement(By.cssSelector(".entity-head .subtitle")).getText());
        long paragraphs = count(UNKG + "SELECT (COUNT(DISTINCT ?p) AS ?n) { <" + doc + "> dct:hasPart ?p }");
        assertTrue(paragraphs > 10);
        assertEquals(paragraphs, browser.findElements(By.cssSelector("#text li.para")).size());
        long citing = count(UNKG + "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d unkg:cites <" + doc + "> }");
        assertTrue(citing > 0);
        assertEquals(citing, shownCount("inv-unkg-cites"));
        assertEquals(citing, browser.findElements(By.cssSelector("#inv-unkg-cites ul.links li")).size());
        assertTrue(browser.findElement(By.id("entity-iri")).getText().equals(doc));
        assertTrue(browser.findElement(By.cssSelector("button.copy")).isDisplayed(), "the copy button shows");
        String sparql = browser.findElement(By.cssSelector("a.sparql")).getAttribute("href");
        assertTrue(sparql.endsWith("/sparql?query=" + URLEncoder.encode("DESCRIBE <" + doc + ">",
                StandardCharsets.UTF_8).replace("+", "%20")), sparql);
        assertTrue(browser.findElements(By.cssSelector("ul.badges a[href='https://undocs.org/zh/S/PRST/2012/16']"))
                .size() == 1, "undocs.org in Chinese");
    }

    @Test
    void resolution1373ShowsItsParagraphsAndWhoCitesAndNamesIt() throws Exception {
        String doc = BASE + "document/S/RES/1373(2001)";
        open("/page/document/S/RES/1373(2001)?lang=en");
        assertEquals("S/RES/1373 (2001)", browser.findElement(By.tagName("h1")).getText());
        long paragraphs = count(UNKG + "SELECT (COUNT(DISTINCT ?p) AS ?n) { <" + doc + "> dct:hasPart ?p }");
        assertEquals(paragraphs, browser.findElements(By.cssSelector("#text li.para")).size());
        assertFalse(browser.findElements(By.cssSelector("#text ol.sub li.para")).isEmpty(), "sub-paragraphs nest");
        long citing = count(UNKG + "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d unkg:cites <" + doc + "> }");
        assertEquals(citing, shownCount("inv-unkg-cites"));
        long mentions = count(UNKG + "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m unkg:refersTo <" + doc + "> }");
        assertEquals(mentions, shownCount("inv-unkg-refersTo"));
        // A body's page answers "which documents mention it".
        open("/page/organization/CTED?lang=en");
        long naming = count(UNKG + "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d unkg:mentions <" + BASE
                + "organization/CTED> }");
        assertTrue(naming > 0);
        assertEquals(naming, shownCount("inv-unkg-mentions"));
    }

    @Test
    void aDocumentShowsItsMainThemesFirst() throws Exception {
        String doc = BASE + "document/S/RES/1989(2011)";
        long main = count(UNKG + "SELECT (COUNT(DISTINCT ?t) AS ?n) { <" + doc + "> unkg:mainSubject ?t }");
        long all = count(UNKG + "SELECT (COUNT(DISTINCT ?t) AS ?n) { <" + doc + "> dct:subject ?t }");
        assertTrue(main >= 1 && main <= 8 && all > main, main + " main themes of " + all);
        open("/page/document/S/RES/1989(2011)?lang=en");
        List<WebElement> rows = browser.findElements(By.cssSelector("#statements tr"));
        List<String> curies = rows.stream().map(r -> r.findElement(By.cssSelector("th code.curie")).getText()).toList();
        int mainRow = curies.indexOf("unkg:mainSubject");
        int subjectRow = curies.indexOf("dct:subject");
        assertTrue(mainRow >= 0 && subjectRow > mainRow, "the main themes before the others: " + curies);
        List<String> mainThemes = links(rows.get(mainRow));
        assertEquals(main, mainThemes.size());
        List<String> themes = links(rows.get(subjectRow));
        assertEquals(Math.min(all, EntityPageBuilder.VALUES), themes.size());
        assertEquals(all > EntityPageBuilder.VALUES,
                !rows.get(subjectRow).findElements(By.cssSelector("td a[rel=next]")).isEmpty(),
                "a link to the next themes where there are more than a page holds");
        assertEquals(Set.copyOf(mainThemes), Set.copyOf(themes.subList(0, mainThemes.size())),
                "every theme listed, the main ones first");
    }

    /** The values a row links to, without the links to its next and previous values. */
    private static List<String> links(WebElement row) {
        return row.findElements(By.cssSelector("td a[href]:not([rel])")).stream().map(a -> a.getAttribute("href"))
                .toList();
    }

    @Test
    void everyHighlightIsTheTextItsMentionMatched() throws Exception {
        for (String doc : List.of("document/S/PRST/2012/16", "document/S/RES/1373(2001)")) {
            open("/page/" + doc);
            List<WebElement> marks = browser.findElements(By.cssSelector("#text mark[data-mention]"));
            Map<String, String> matched = new HashMap<>();
            for (Map<String, String> row : select(UNKG + "SELECT ?m ?t { <" + BASE + doc + "> dct:hasPart ?p . "
                    + "?m unkg:inParagraph ?p ; unkg:matchedText ?t }")) {
                matched.put(row.get("m"), row.get("t"));
            }
            assertTrue(matched.size() > 5, doc + " has mentions");
            assertEquals(matched.size(), marks.size(), doc + ": every mention in a paragraph is highlighted");
            for (WebElement mark : marks) {
                String mention = mark.getAttribute("data-mention");
                assertEquals(matched.get(mention), mark.getText(), mention);
                WebElement link = mark.findElement(By.tagName("a"));
                assertTrue(link.getAttribute("href").contains("/page/"), "linked to what it names");
            }
        }
    }

    @Test
    void aParagraphPageShowsItsTextWithItsMentions() {
        open("/page/document/S/PRST/2012/16/para/3?lang=zh");
        assertEquals("S/PRST/2012/16 ¶3", browser.findElement(By.tagName("h1")).getText());
        WebElement paragraph = browser.findElement(By.cssSelector("#text li.para.current"));
        assertTrue(paragraph.getText().contains("安理会认识到"), paragraph.getText());
        assertFalse(paragraph.findElements(By.tagName("mark")).isEmpty());
    }

    @Test
    void theGraphDrawsTheNeighboursAndGrowsOnAClick() {
        open("/page/document/S/RES/1373(2001)");
        waiting().until(d -> number(script("return window.cy ? window.cy.nodes().length : 0")) > 1);
        long before = number(script("return window.cy.nodes().length"));
        // Click, as a reader would, on a document drawn that cites 1373: it has neighbours not drawn yet.
        String target = (String) script("var cited = arguments[0]; var d = window.cy.edges().filter(function (e) { "
                + "return e.data('property') === 'https://w3id.org/unkg/ontology#cites' && e.target().id() === cited; "
                + "}); return d.length ? d[0].source().id() : null;", BASE + "document/S/RES/1373(2001)");
        assertNotNull(target, "a document that cites 1373 is drawn");
        WebElement canvas = browser.findElement(By.id("graph"));
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) script("var p = window.cy.getElementById(arguments[0])"
                + ".renderedPosition(); return {x: p.x, y: p.y};", target);
        int dx = (int) Math.round(((Number) at.get("x")).doubleValue() - canvas.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(((Number) at.get("y")).doubleValue() - canvas.getRect().getHeight() / 2.0);
        new Actions(browser).scrollToElement(canvas).moveToElement(canvas, dx, dy).click().perform();
        waiting().until(d -> number(script("return window.cy.nodes().length")) > before);
        assertTrue((Boolean) script("return window.cy.getElementById(arguments[0]).hasClass('expanded')", target));
        // A tap through Cytoscape's own events expands another node.
        long after = number(script("return window.cy.nodes().length"));
        String theme = (String) script("var n = window.cy.nodes().filter(function (n) { return n.data('kind') === "
                + "'theme' && !n.hasClass('expanded'); }); return n.length ? n[0].id() : null;");
        assertNotNull(theme);
        script("window.cy.getElementById(arguments[0]).emit('tap')", theme);
        waiting().until(d -> (Boolean) script("return window.cy.getElementById(arguments[0]).hasClass('expanded')",
                theme));
        assertTrue(number(script("return window.cy.nodes().length")) >= after);
        // Edge types can be hidden.
        int filters = browser.findElements(By.cssSelector("#graph-filters input[type=checkbox]")).size();
        assertTrue(filters > 1);
        WebElement first = browser.findElement(By.cssSelector("#graph-filters input[type=checkbox]"));
        String property = first.getAttribute("value");
        first.click();
        assertEquals(0L, number(script("return window.cy.edges().filter(function (e) { return e.data('property') "
                + "=== arguments[0] && e.visible(); }).length", property)));
    }

    @Test
    void theGraphSaysHowManyLinksItDrewOfHowManyAndLeadsToTheExplorer() throws Exception {
        String cted = BASE + "organization/CTED";
        open("/page/organization/CTED?lang=en");
        waiting().until(d -> d.findElement(By.id("graph")).getAttribute("data-links") != null);
        WebElement graph = browser.findElement(By.id("graph"));
        long links = Long.parseLong(graph.getAttribute("data-links"));
        long drawn = Long.parseLong(graph.getAttribute("data-links-drawn"));
        long mentioning = count(UNKG + "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x unkg:mentions <" + cted + "> }");
        assertTrue(links >= mentioning, links + " links, " + mentioning + " mentioning");
        String said = browser.findElement(By.id("graph-status")).getText();
        assertTrue(said.contains(String.format("%,d", links)) && said.contains(String.valueOf(drawn)), said);
        String box = browser.findElement(By.cssSelector("#graph-filters input[value='https://w3id.org/unkg/ontology#mentions']"))
                .findElement(By.xpath("..")).getText();
        assertTrue(box.contains("/" + mentioning), box);
        String explore = browser.findElement(By.id("graph-explore")).getAttribute("href");
        assertTrue(explore.endsWith("/explore?iri=" + URLEncoder.encode(cted, StandardCharsets.UTF_8) + "&lang=en"),
                explore);
        assertTrue(browser.findElements(By.cssSelector(".entity-head a.explore")).size() == 1);
        // No two labels overlap, as the layout promises.
        assertEquals(0L, number(script("var n = window.cy.nodes(), hits = 0; for (var i = 0; i < n.length; i++) "
                + "for (var j = i + 1; j < n.length; j++) { var a = n[i].boundingBox({includeLabels: true}), "
                + "b = n[j].boundingBox({includeLabels: true}); if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 "
                + "&& b.y1 < a.y2) hits++; } return hits;")));
    }

    @Test
    void noInlineScriptOrStyleForTheContentSecurityPolicy() throws Exception {
        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                SampleSite.url("/page/document/S/RES/1373(2001)"))).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertFalse(html.contains(" style="), "a style attribute");
        assertFalse(html.contains("<style"), "a style element");
        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("<script([^>]*)>").matcher(html);
        while (scripts.find()) {
            String attributes = scripts.group(1);
            assertTrue(attributes.contains(" src=\"/") || attributes.contains("type=\"application/ld+json\""),
                    "an inline script: " + scripts.group());
        }
        open("/page/document/S/RES/1373(2001)");
        waiting().until(d -> number(script("return window.cy ? window.cy.nodes().length : 0")) > 1);
        assertEquals(0L, number(script("return document.querySelectorAll('style').length")),
                "the graph viewer added a style element");
        assertEquals("relative", script("return getComputedStyle(document.getElementById('graph')).position"));
    }

    @Test
    void theLanguageSwitchKeepsItsLanguageFromPageToPage() {
        open("/page/organization/CTED?lang=en");
        assertEquals("Counter-Terrorism Committee Executive Directorate",
                browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.cssSelector("a.lang-switch")).click();
        waiting().until(d -> "zh".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertEquals("反恐怖主义委员会执行局", browser.findElement(By.tagName("h1")).getText());
        assertEquals("陈述", browser.findElement(By.id("statements-heading")).getText());
        browser.findElement(By.cssSelector("#statements a[href*='/page/organization/CTC']")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/page/organization/CTC"));
        assertEquals("zh", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("反恐怖主义委员会", browser.findElement(By.tagName("h1")).getText());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
