package org.unkg.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unkg.testing.Chromium;
import org.unkg.testing.SampleSite;

/**
 * The SPARQL editor in a real browser: a gallery example goes into the editor, runs, and shows its rows; the page
 * asks no server but this one, and its own code needs nothing the Content-Security-Policy forbids.
 */
class SparqlEditorBrowserTest {

    @Test
    void aGalleryQueryRunsAndShowsRows() throws Exception {
        ChromeDriver browser = Chromium.startRecording();
        try {
            browser.get(SampleSite.url("/sparql?lang=en"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> !d.findElements(By.cssSelector(".yasqe .CodeMirror")).isEmpty());

            Gallery.Example example = Gallery.load().examples().stream()
                    .filter(e -> e.id().equals("cited-by-1373")).findFirst().orElseThrow();
            browser.findElement(By.cssSelector("#example-cited-by-1373 button.example")).click();
            assertEquals(example.query(), browser.executeScript("return window.unkgYasgui.getTab().getQuery()"));
            assertEquals("true", browser.findElement(By.cssSelector("#example-cited-by-1373 button.example"))
                    .getAttribute("aria-pressed"));

            browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
            wait.until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() > 1);
            List<WebElement> rows = browser.findElements(By.cssSelector(".yasr table tbody tr"));
            String table = browser.findElement(By.cssSelector(".yasr table")).getText();
            assertTrue(table.contains("S/RES/2195 (2014)"), table);
            assertTrue(rows.size() > 5, rows.size() + " rows");

            String origin = SampleSite.url("");
            for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
                JsonObject message = JSON.parse(entry.getMessage()).get("message").getAsObject();
                if (message.get("method").getAsString().value().equals("Network.requestWillBeSent")) {
                    String url = message.get("params").getAsObject().get("request").getAsObject().get("url")
                            .getAsString().value();
                    // The browser's own pages (chrome://) and inline data never reach the network.
                    assertTrue(url.startsWith(origin) || !url.matches("(?i)(https?|wss?|ftp):.*"),
                            "a request leaves the server: " + url);
                }
            }
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                String text = entry.getMessage();
                // The site has no icon; nothing else may fail, and the policy may refuse nothing.
                assertTrue(!text.contains("Content Security Policy"), text);
                assertTrue(!entry.getLevel().getName().equals("SEVERE") || text.contains("/favicon.ico"), text);
            }
        } finally {
            browser.quit();
        }
    }
}
