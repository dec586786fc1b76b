package org.unkg.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unkg.load.Store;
import org.unkg.progress.Progress;
import org.unkg.serve.PublicServer;
import org.unkg.serve.SparqlServer;
import org.unkg.testing.Chromium;
import org.unkg.up.UpJob;
import org.unkg.up.Workspace;

/**
 * A resolution whose text tries to run script in its readers' browsers ({@code <script>}, an attribute that breaks
 * out with {@code ">}, an event handler, a {@code javascript:} link, a {@code </script>} that would end the embedded
 * JSON-LD, a title that would end the page's {@code <title>}) is converted, loaded and served like any other; its
 * pages, in headless Chromium, show the text as text and run none of it.
 */
class InjectionTest {

    /** Each payload sets {@code window.__xss} (or the page's title) when it runs. */
    private static final String RESOLUTION = """
            Resolution 2999 (2015) </title><script>window.__xss="title";document.title="pwned"</script>
            Adopted by the Security Council at its 9999th meeting, on 1 January 2015
            The Security Council,
            Recalling its resolution 1373 (2001) and <script>window.__xss = 'script'</script> the work of the Counter-Terrorism Committee,
            Noting "><img src=x onerror="window.__xss='img'"> with concern the threat of '><svg onload=window.__xss='svg'>,
            Welcoming the report at <a href="javascript:window.__xss='link'">javascript:window.__xss='link'</a> of the Secretary-General,
            1. Decides that </script><script>window.__xss='breakout'</script> all States shall prevent the financing of terrorism;
            2. Requests the Counter-Terrorism Committee Executive Directorate <b onmouseover="window.__xss='hover'">to report</b> {{ 7*7 }};
            3. Decides to remain seized of the matter.
            """;
    private static final String DOCUMENT = "/page/document/S/RES/2999(2015)";

    @TempDir
    static Path home;

    private static SparqlServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void serve() throws IOException {
        Path resolutions = Files.createDirectories(home.resolve("data/en-resolutions"));
        // No Chinese documents: a manifest with its header only.
        Files.writeString(Files.createDirectories(home.resolve("data/zh")).resolve("manifest.csv"),
                Files.readAllLines(Path.of("data/zh/manifest.csv"), StandardCharsets.UTF_8).get(0) + "\n");
        Files.writeString(resolutions.resolve("S-RES-2999(2015).txt"), RESOLUTION, StandardCharsets.UTF_8);
        Path vocabularies = Files.createDirectories(home.resolve("ontology/vocabularies"));
        try (Stream<Path> files = Files.list(Path.of("ontology/vocabularies"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".ttl")).toList()) {
                Files.copy(f, vocabularies.resolve(f.getFileName().toString()));
            }
        }
        Files.copy(Path.of("ontology/unkg.ttl"), home.resolve("ontology/unkg.ttl"));
        StringWriter log = new StringWriter();
        Store store;
        try {
            store = new UpJob(new Workspace(home), Progress.silent(), new PrintWriter(log, true)).prepare().store();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the hostile document could not be loaded: " + log, e);
        }
        server = PublicServer.builder(store).port(0).host("127.0.0.1").start();
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    /**
     * Opens a page, lets its scripts and the graph (a named graph's page has none) run, moves the pointer over the
     * text, and checks that nothing ran.
     */
    private static void assertHarmless(String path) {
        browser.get(server.url(path));
        String title = browser.getTitle();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> ((JavascriptExecutor) d).executeScript(
                "var g = document.getElementById('graph'); return !g || g.hasAttribute('data-nodes') || "
                + "document.getElementById('graph-status').textContent === g.getAttribute('data-failed');"));
        for (WebElement element : browser.findElements(By.cssSelector("#text .ptext, .subtitle, table.props td"))) {
            if (element.isDisplayed()) {
                new Actions(browser).moveToElement(element).perform();
            }
        }
        Object ran = ((JavascriptExecutor) browser).executeScript("return window.__xss;");
        assertNull(ran, path + ": a payload ran: " + ran);
        assertEquals(title, browser.getTitle(), path + ": the title was changed");
        assertFalse(browser.getTitle().contains("pwned"));
        assertTrue(browser.findElements(By.cssSelector("img[src='x'], svg[onload], b[onmouseover]")).isEmpty(),
                path + ": an element of the text became markup");
        List<String> hrefs = new ArrayList<>();
        for (WebElement a : browser.findElements(By.cssSelector("a[href], area[href], [src], [action]"))) {
            for (String attribute : List.of("href", "src", "action")) {
                String value = a.getDomAttribute(attribute);
                if (value != null) {
                    hrefs.add(value.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        assertTrue(hrefs.stream().noneMatch(h -> h.startsWith("javascript:") || h.startsWith("data:")),
                path + ": a javascript: or data: address became a link: " + hrefs);
        // JSON-LD stays one script element whose JSON parses, however many </script> the text holds.
        Object jsonLd = ((JavascriptExecutor) browser).executeScript("var s = document.querySelectorAll("
                + "'script[type=\"application/ld+json\"]'); return s.length === 1 ? JSON.parse(s[0].textContent)['@id']"
                + " : s.length;");
        assertTrue(jsonLd instanceof String && ((String) jsonLd).startsWith("https://w3id.org/unkg/"),
                path + ": " + jsonLd);
    }

    @Test
    void theDocumentPageShowsTheTextAndRunsNone() {
        assertHarmless(DOCUMENT);
        String text = browser.findElement(By.id("text")).getText();
        assertTrue(text.contains("<script>window.__xss = 'script'</script>"), text);
        assertTrue(text.contains("\"><img src=x onerror=\"window.__xss='img'\">"), text);
        assertTrue(text.contains("javascript:window.__xss='link'"), text);
        assertTrue(text.contains("{{ 7*7 }}"), "template syntax in the data stays text: " + text);
        assertTrue(browser.findElement(By.cssSelector(".entity-head .subtitle")).getText()
                .contains("</title><script>"));
        assertEquals(6, browser.findElements(By.cssSelector("#text li.para")).size());
    }

    @Test
    void everyParagraphVersionAndMentionPageRunsNone() {
        for (int n = 1; n <= 6; n++) {
            assertHarmless(DOCUMENT + "/para/" + n);
        }
        assertHarmless(DOCUMENT + "/en");
        browser.get(server.url(DOCUMENT));
        String mention = browser.findElement(By.cssSelector("#text mark[data-mention]")).getDomAttribute(
                "data-mention");
        assertHarmless("/page/" + mention.substring("https://w3id.org/unkg/id/".length()));
        assertHarmless("/page/graph/S/RES/2999(2015)");
    }
}
