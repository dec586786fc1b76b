package org.unkg.serve.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unkg.testing.Chromium;
import org.unkg.testing.Http;
import org.unkg.testing.SampleQueries;
import org.unkg.testing.SampleSite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The graph explorer on the sample site in headless Chromium, driven as a reader would: it opens on CTED and draws
 * the documents and paragraphs that mention it in full, page by page from their group node (as many as SPARQL
 * counts); finds the paths between S/PRST/2012/16 and the Counter-Terrorism Committee; filters by year without
 * moving anything; exports GraphML, SVG and Turtle that parse and hold what is drawn; reloads its own address to the
 * same view; keeps labels apart in every layout with a few hundred nodes; answers the keyboard; adds things found by
 * name in Chinese; and runs under the Content-Security-Policy with nothing refused. Screenshots of each view are
 * left in {@code target/screenshots/} for people to look at.
 */
class ExplorerBrowserTest {

    private static final String ID = "https://w3id.org/unkg/id/";
    private static final String CTED = ID + "organization/CTED";
    private static final String CTC = ID + "organization/CTC";
    private static final String PRST = ID + "document/S/PRST/2012/16";
    private static final String MENTIONS = "https://w3id.org/unkg/ontology#mentions";
    private static final Path SHOTS = Path.of("target/screenshots");

    private static ChromeDriver browser;
    private static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        SampleSite.server();
        browser = Chromium.startRecording();
        downloads = Files.createTempDirectory("explorer-downloads");
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Object script(String code, Object... args) {
        return browser.executeScript(code, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(90));
    }

    /** Waits until the explorer has drawn what it was asked and is doing nothing more. */
    private static void settled() {
        waiting().until(d -> "true".equals(d.findElement(By.id("explorer")).getAttribute("data-ready"))
                && "0".equals(d.findElement(By.id("explorer")).getAttribute("data-busy")));
    }

    private static void open(String query) {
        browser.get(SampleSite.url("/explore?" + query));
        settled();
    }

    private static String iris(String... iris) {
        List<String> parts = new ArrayList<>();
        for (String iri : iris) {
            parts.add("iri=" + Http.encode(iri));
        }
        return String.join("&", parts);
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve("explorer-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    /** Clicks a node where it is drawn, as a pointer would. */
    @SuppressWarnings("unchecked")
    private static void click(String id) {
        script("window.unkgExplorer.cy.center(window.unkgExplorer.cy.getElementById(arguments[0]))", id);
        WebElement canvas = browser.findElement(By.id("x-canvas"));
        Map<String, Object> at = (Map<String, Object>) script("var p = window.unkgExplorer.cy.getElementById("
                + "arguments[0]).renderedPosition(); return {x: p.x, y: p.y};", id);
        int dx = (int) Math.round(((Number) at.get("x")).doubleValue() - canvas.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(((Number) at.get("y")).doubleValue() - canvas.getRect().getHeight() / 2.0);
        new Actions(browser).moveToElement(canvas, dx, dy).click().perform();
        waiting().until(d -> (Boolean) script("return window.unkgExplorer.cy.getElementById(arguments[0]).selected()",
                id));
    }

    private static String groupOf(String anchor, String link, String direction) {
        return "group " + direction + " " + link + " " + anchor;
    }

    /** The things drawn that link to the node with the property. */
    private static Set<String> linkedIn(String node, String property) {
        return new HashSet<>(strings(script("var node = arguments[0], p = arguments[1]; return window.unkgExplorer.cy"
                + ".edges().filter(function (e) { return e.data('property') === p && e.target().id() === node "
                + "&& !e.hasClass('to-group'); }).map(function (e) { return e.source().id(); });", node, property)));
    }

    /** Opens CTED and draws everything that mentions it, page by page from its group; returns the pages drawn. */
    private static int drawCtedsMentions() throws IOException {
        open(iris(CTED) + "&lang=en");
        assertTrue((Boolean) script("return window.unkgExplorer.cy.getElementById(arguments[0]).hasClass('start')",
                CTED));
        String group = groupOf(CTED, MENTIONS, "in");
        if (browser.findElements(By.cssSelector("#x-selection button[data-link='" + MENTIONS + "']")).isEmpty()) {
            click(CTED);
        }
        WebElement kind = waiting().until(d -> d.findElement(By.cssSelector(
                "#x-selection button[data-link='" + MENTIONS + "'][data-direction='in']")));
        assertTrue(kind.getText().contains(String.valueOf(mentioning())), kind.getText());
        kind.click();
        settled();
        int pages = 0;
        // One kind of thing first (the documents, say), then the rest page by page.
        if ((Boolean) script("return window.unkgExplorer.cy.getElementById(arguments[0]).nonempty()", group)) {
            click(group);
            List<WebElement> kinds = browser.findElements(By.cssSelector("#x-selection button[data-action='kind']"));
            if (!kinds.isEmpty()) {
                kinds.get(0).click();
                settled();
                pages++;
            }
        }
        while ((Boolean) script("return window.unkgExplorer.cy.getElementById(arguments[0]).nonempty()", group)) {
            click(group);
            WebElement next = waiting().until(d -> d.findElement(By.cssSelector("#x-selection button[data-action='next-page']")));
            next.click();
            settled();
            pages++;
            assertTrue(pages < 50, "the group empties");
        }
        return pages;
    }

    private static long mentioning() {
        return SampleQueries.count("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x unkg:mentions <" + CTED + "> }");
    }

    @Test
    void opensOnCtedAndDrawsWhatMentionsItInFullPageByPage() throws IOException {
        int pages = drawCtedsMentions();
        long expected = mentioning();
        Set<String> drawn = linkedIn(CTED, MENTIONS);
        assertEquals(new HashSet<>(SampleQueries.column("SELECT DISTINCT ?x { ?x unkg:mentions <" + CTED + "> }", "x")),
                drawn);
        assertEquals(expected, drawn.size());
        assertTrue(expected <= 12 || pages >= 2, pages + " pages for " + expected);
        shot("cted-mentions");
        // The list view holds every thing shown, each with its page.
        long listed = number(script("return document.querySelectorAll('#x-list > li').length"));
        assertEquals(number(script("return window.unkgExplorer.view.things().filter(':visible').length")), listed);
    }

    @Test
    void findsThePathsBetweenAStatementAndTheCounterTerrorismCommittee() throws IOException {
        open(iris(PRST, CTC) + "&lang=en");
        new Select(browser.findElement(By.id("x-path-from"))).selectByValue(PRST);
        new Select(browser.findElement(By.id("x-path-to"))).selectByValue(CTC);
        browser.findElement(By.id("x-path-find")).click();
        waiting().until(d -> d.findElement(By.id("x-path-status")).getAttribute("data-chains") != null);
        settled();
        WebElement status = browser.findElement(By.id("x-path-status"));
        assertTrue(Integer.parseInt(status.getAttribute("data-chains")) > 0, status.getText());
        // The marked links join the two ends.
        assertTrue((Boolean) script("var cy = window.unkgExplorer.cy, seen = {}, todo = [arguments[0]]; seen[arguments[0]] = 1;"
                + "while (todo.length) { var n = cy.getElementById(todo.pop()); n.connectedEdges('.path').forEach("
                + "function (e) { [e.source().id(), e.target().id()].forEach(function (m) { if (!seen[m]) { "
                + "seen[m] = 1; todo.push(m); } }); }); } return !!seen[arguments[1]];", PRST, CTC));
        int length = Integer.parseInt(status.getAttribute("data-length"));
        assertTrue(length >= 1 && length <= 4, "length " + length);
        assertTrue(status.getText().contains(String.valueOf(length)), status.getText());
        shot("path");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aYearRangeHidesWhatFallsOutsideItWithoutMovingAnything() throws IOException {
        drawCtedsMentions();
        Map<String, Object> before = (Map<String, Object>) script("var p = {}; window.unkgExplorer.view.things()"
                + ".forEach(function (n) { p[n.id()] = n.position().x + ',' + n.position().y; }); return p;");
        List<Long> years = ((List<Object>) script("return window.unkgExplorer.view.things().map(function (n) { "
                + "return n.data('year'); }).filter(function (y) { return y > 0; }).sort();"))
                .stream().map(ExplorerBrowserTest::number).sorted().toList();
        assertTrue(years.size() > 2);
        long from = years.get(years.size() / 2);
        long to = years.get(years.size() - 1);
        setYear("x-year-from", from);
        setYear("x-year-to", to);
        List<Map<String, Object>> things = (List<Map<String, Object>>) script("return window.unkgExplorer.view.things()"
                + ".map(function (n) { return {id: n.id(), year: n.data('year'), visible: n.visible()}; });");
        int hidden = 0;
        for (Map<String, Object> t : things) {
            long year = number(t.get("year"));
            boolean visible = (Boolean) t.get("visible");
            if (year > 0 && (year < from || year > to)) {
                assertFalse(visible, t.toString());
                hidden++;
            } else if (year > 0) {
                assertTrue(visible, t.toString());
            }
        }
        assertTrue(hidden > 0, "something falls outside " + from + "-" + to);
        assertEquals(before, script("var p = {}; window.unkgExplorer.view.things().forEach(function (n) { "
                + "p[n.id()] = n.position().x + ',' + n.position().y; }); return p;"), "nothing moved");
        String filter = "%22from%22%3A" + from;
        waiting().withMessage("the address keeps the filter").until(d -> d.getCurrentUrl().contains(filter));
        shot("years");
        setYear("x-year-from", -1);
        setYear("x-year-to", -1);
        assertEquals(0L, number(script("return window.unkgExplorer.view.things().filter(function (n) { "
                + "return !n.visible() && n.data('year'); }).length")));
    }

    private static void setYear(String input, long year) {
        WebElement box = browser.findElement(By.id(input));
        box.clear();
        if (year > 0) {
            box.sendKeys(String.valueOf(year));
        }
        box.sendKeys(Keys.TAB);
        settled();
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportsGraphmlSvgAndTurtleThatHoldWhatIsDrawn() throws Exception {
        drawCtedsMentions();
        Set<String> nodes = new HashSet<>(strings(script("return window.unkgExplorer.view.things().filter(':visible')"
                + ".map(function (n) { return n.id(); });")));
        Set<String> edges = new HashSet<>(strings(script("return window.unkgExplorer.cy.edges(':visible').filter("
                + "function (e) { return !e.hasClass('to-group'); }).map(function (e) { return e.source().id() + ' ' "
                + "+ e.data('property') + ' ' + e.target().id(); });")));
        assertTrue(nodes.size() > 5 && edges.size() > 5);

        Document graphml = xml(download("x-export-graphml", ".graphml"));
        assertEquals("graphml", graphml.getDocumentElement().getLocalName());
        Set<String> exportedNodes = new HashSet<>();
        NodeList nodeList = graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        for (int i = 0; i < nodeList.getLength(); i++) {
            exportedNodes.add(((Element) nodeList.item(i)).getAttribute("id"));
        }
        Map<String, String> keys = new HashMap<>();
        NodeList keyList = graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "key");
        for (int i = 0; i < keyList.getLength(); i++) {
            Element key = (Element) keyList.item(i);
            keys.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        Set<String> exportedEdges = new HashSet<>();
        NodeList edgeList = graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge");
        for (int i = 0; i < edgeList.getLength(); i++) {
            Element edge = (Element) edgeList.item(i);
            String property = null;
            NodeList data = edge.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
            for (int j = 0; j < data.getLength(); j++) {
                Element d = (Element) data.item(j);
                if ("property".equals(keys.get(d.getAttribute("key")))) {
                    property = d.getTextContent();
                }
            }
            exportedEdges.add(edge.getAttribute("source") + " " + property + " " + edge.getAttribute("target"));
        }
        assertEquals(nodes, exportedNodes);
        assertEquals(edges, exportedEdges);
        assertTrue(keys.containsValue("label") && keys.containsValue("x") && keys.containsValue("date"));

        Document svg = xml(download("x-export-svg", ".svg"));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("Counter-Terrorism"), "the names are in the picture");
        assertTrue(Files.size(download("x-export-png", ".png")) > 1000);

        Path turtle = download("x-export-turtle", ".ttl");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(turtle).lang(Lang.TURTLE).parse(model);
        for (String edge : edges) {
            String[] parts = edge.split(" ");
            assertTrue(model.contains(ResourceFactory.createResource(parts[0]), ResourceFactory.createProperty(
                    parts[1]), ResourceFactory.createResource(parts[2])), edge);
        }
        String sparql = browser.findElement(By.id("x-export-sparql")).getAttribute("href");
        browser.findElement(By.id("x-export-sparql")).sendKeys("");
        String construct = (String) script("return window.unkgExplorer.construct();");
        assertTrue(construct.contains("CONSTRUCT") && construct.contains("BASE <" + ID + ">"), construct);
        assertTrue(sparql != null);
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** Clicks an export button and waits for the file it downloads. */
    private static Path download(String button, String extension) throws IOException {
        try (Stream<Path> old = Files.list(downloads)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        browser.findElement(By.id(button)).click();
        return waiting().until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.toString().endsWith(extension)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAddressOfAViewOpensTheSameView() throws IOException {
        open(iris(CTED) + "&lang=en");
        String pinned = CTC;
        click(pinned);
        browser.findElement(By.cssSelector("#x-selection button[data-action='pin']")).click();
        settled();
        new Select(browser.findElement(By.id("x-layout-choice"))).selectByValue("layers");
        settled();
        WebElement firstClass = browser.findElement(By.cssSelector("#x-filter-classes input"));
        String hiddenClass = firstClass.getAttribute("value");
        firstClass.click();
        settled();
        script("window.unkgExplorer.saveNow()");
        String address = browser.getCurrentUrl();
        assertTrue(address.contains("#view="), address);
        Map<String, Object> before = (Map<String, Object>) script(VIEW);
        shot("before-reload");

        browser.get("about:blank");
        browser.get(address);
        settled();
        Map<String, Object> after = (Map<String, Object>) script(VIEW);
        assertEquals(before.get("nodes"), after.get("nodes"));
        assertEquals(before.get("edges"), after.get("edges"));
        Map<String, Object> placesBefore = (Map<String, Object>) before.get("positions");
        Map<String, Object> placesAfter = (Map<String, Object>) after.get("positions");
        assertEquals(placesBefore.keySet(), placesAfter.keySet());
        placesBefore.forEach((id, place) -> {
            List<Object> a = (List<Object>) place;
            List<Object> b = (List<Object>) placesAfter.get(id);
            for (int i = 0; i < 2; i++) {
                double d = ((Number) a.get(i)).doubleValue() - ((Number) b.get(i)).doubleValue();
                assertTrue(Math.abs(d) <= 0.1, id + " moved by " + d);
            }
        });
        assertEquals(before.get("hidden"), after.get("hidden"));
        assertEquals(List.of(pinned), after.get("pinned"));
        assertEquals("layers", new Select(browser.findElement(By.id("x-layout-choice"))).getFirstSelectedOption()
                .getAttribute("value"));
        assertFalse(browser.findElement(By.cssSelector("#x-filter-classes input[value='" + hiddenClass + "']"))
                .isSelected());
        shot("after-reload");
    }

    /** What makes a view the same: its things, links, places (kept to a tenth), what is hidden and pinned. */
    private static final String VIEW = "var cy = window.unkgExplorer.cy, v = window.unkgExplorer.view;"
            + "var sorted = function (a) { return a.sort(); };"
            + "return {nodes: sorted(cy.nodes().filter(function (n) { return !n.hasClass('tick'); }).map(function (n) { return n.id(); })),"
            + " edges: sorted(cy.edges().map(function (e) { return e.id(); })),"
            + " positions: v.things().reduce(function (p, n) { p[n.id()] = [n.position().x, n.position().y]; "
            + "   return p; }, {}),"
            + " hidden: sorted(cy.elements('.hidden').map(function (e) { return e.id(); })),"
            + " pinned: sorted(cy.nodes('.pinned').map(function (n) { return n.id(); }))};";

    @Test
    void noTwoLabelsOverlapInAnyLayoutWithAFewHundredNodes() throws IOException {
        String council = ID + "organization/UNSC";
        open(iris(council) + "&lang=en");
        String group = groupOf(council, MENTIONS, "in");
        long total = SampleQueries.count("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x unkg:mentions <" + council + "> }");
        assertTrue(total > 100, "the sample names the Council " + total + " times");
        script("window.unkgExplorer.select(window.unkgExplorer.cy.getElementById(arguments[0]))", group);
        int most = 280;
        while (number(script("return window.unkgExplorer.view.things().length")) < Math.min(most, total)
                && (Boolean) script("return window.unkgExplorer.cy.getElementById(arguments[0]).nonempty()", group)) {
            script("window.unkgExplorer.select(window.unkgExplorer.cy.getElementById(arguments[0]))", group);
            waiting().until(d -> d.findElement(By.cssSelector("#x-selection button[data-action='next-page']")))
                    .click();
            settled();
        }
        long drawn = number(script("return window.unkgExplorer.view.things().length"));
        assertTrue(drawn >= Math.min(200, total), drawn + " things drawn");
        for (String layout : List.of("force", "layers", "rings", "timeline")) {
            new Select(browser.findElement(By.id("x-layout-choice"))).selectByValue(layout);
            settled();
            assertEquals(0L, number(script(OVERLAPS)), layout + ": labels overlap");
            assertTrue(number(script("return Math.round(window.unkgExplorer.cy.zoom() * 100)")) >= 80,
                    layout + ": framed at a zoom that keeps labels readable");
            shot("many-" + layout);
        }
    }

    /** How many pairs of visible nodes' boxes, labels included, overlap. */
    private static final String OVERLAPS = "var n = window.unkgExplorer.cy.nodes(':visible').filter(function (x) { "
            + "return !x.hasClass('tick'); }), boxes = n.map(function (x) { return x.boundingBox({includeLabels: true, "
            + "includeOverlays: false}); }), hits = 0; for (var i = 0; i < boxes.length; i++) for (var j = i + 1; "
            + "j < boxes.length; j++) { var a = boxes[i], b = boxes[j]; if (a.x1 < b.x2 && b.x1 < a.x2 && "
            + "a.y1 < b.y2 && b.y1 < a.y2) hits++; } return hits;";

    @Test
    void theKeyboardReachesTheMainActions() {
        open(iris(CTED) + "&lang=en");
        WebElement canvas = browser.findElement(By.id("x-canvas"));
        script("arguments[0].focus()", canvas);
        // From any node of two or more, one of the four arrows finds another (each looks 60 degrees either side),
        // and the node it finds lies that way.
        Map<Keys, int[]> arrows = Map.of(Keys.ARROW_RIGHT, new int[] {1, 0}, Keys.ARROW_LEFT, new int[] {-1, 0},
                Keys.ARROW_DOWN, new int[] {0, 1}, Keys.ARROW_UP, new int[] {0, -1});
        int moves = 0;
        for (Map.Entry<Keys, int[]> arrow : arrows.entrySet()) {
            script("window.unkgExplorer.select(window.unkgExplorer.cy.getElementById(arguments[0]))", CTED);
            canvas.sendKeys(arrow.getKey());
            String moved = (String) script("return window.unkgExplorer.cy.nodes(':selected').id()");
            assertNotNull(moved);
            if (!moved.equals(CTED)) {
                moves++;
                double along = ((Number) script("const cy = window.unkgExplorer.cy;"
                        + " const a = cy.getElementById(arguments[0]).position(), b = cy.getElementById(arguments[1]).position();"
                        + " return (b.x - a.x) * arguments[2] + (b.y - a.y) * arguments[3];", CTED, moved,
                        arrow.getValue()[0], arrow.getValue()[1])).doubleValue();
                assertTrue(along > 0, arrow.getKey() + " moved the selection the other way, to " + moved);
            }
        }
        assertTrue(moves > 0, "the arrows move the selection");
        script("window.unkgExplorer.select(window.unkgExplorer.cy.getElementById(arguments[0]))", CTC);
        canvas.sendKeys("p");
        assertTrue((Boolean) script("return window.unkgExplorer.cy.getElementById(arguments[0]).hasClass('pinned')",
                CTC));
        long before = number(script("return window.unkgExplorer.view.things().length"));
        canvas.sendKeys(Keys.ENTER);
        waiting().until(d -> number(script("return window.unkgExplorer.view.things().length")) > before);
        settled();
        assertTrue((Boolean) script("return window.unkgExplorer.cy.getElementById(arguments[0]).hasClass('expanded')",
                CTC));
        canvas.sendKeys(Keys.DELETE);
        assertTrue((Boolean) script("return window.unkgExplorer.cy.getElementById(arguments[0]).empty()", CTC));
        canvas.sendKeys("/");
        assertEquals("x-search", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void aThingFoundByItsChineseNameIsAddedAndTheWordsAreChinese() throws IOException {
        open("lang=zh");
        assertEquals("关联图浏览器", browser.findElement(By.tagName("h1")).getText());
        assertEquals("zh", browser.findElement(By.tagName("html")).getAttribute("lang"));
        WebElement search = browser.findElement(By.id("x-search"));
        search.sendKeys("反恐怖主义委员会");
        waiting().until(d -> !d.findElements(By.cssSelector("#x-search-results li[data-iri='" + CTC + "']")).isEmpty());
        browser.findElement(By.cssSelector("#x-search-results li[data-iri='" + CTC + "']")).click();
        settled();
        waiting().until(d -> (Boolean) script("return window.unkgExplorer.cy.getElementById(arguments[0]).selected()",
                CTC));
        assertEquals("反恐怖主义委员会", script("return window.unkgExplorer.cy.getElementById(arguments[0])"
                + ".data('label')", CTC));
        WebElement mentioned = waiting().until(d -> d.findElement(By.cssSelector(
                "#x-selection button[data-link='" + MENTIONS + "'][data-direction='in']")));
        assertTrue(mentioned.getText().startsWith("被提及"), mentioned.getText());
        shot("zh");
    }

    @Test
    void thePageHasNoInlineScriptOrStyleAndTheBrowserRefusesNothing() {
        String html = Http.text(SampleSite.url("/explore?" + iris(CTED)));
        assertFalse(html.contains(" style="), "a style attribute");
        assertFalse(html.contains("<style"), "a style element");
        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("<script([^>]*)>").matcher(html);
        while (scripts.find()) {
            assertTrue(scripts.group(1).contains(" src=\"/"), "an inline script: " + scripts.group());
        }
        browser.manage().logs().get(LogType.BROWSER);
        open(iris(CTED) + "&lang=en");
        assertEquals(0L, number(script("return document.querySelectorAll('style').length")));
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            assertFalse(entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Refused"),
                    entry.getMessage());
        }
        assertTrue(new String(Http.get(SampleSite.url("/explore")).body(), StandardCharsets.UTF_8).contains("x-canvas"));
    }
}
