package org.unkg.serve.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unkg.testing.Chromium;
import org.unkg.testing.SampleSite;

/** A reader types words into the search box of a page and gets the matching paragraphs, the words marked. */
class SearchBrowserTest {

    @Test
    void theSearchBoxLeadsToHighlightedResults() throws Exception {
        ChromeDriver browser = Chromium.startRecording();
        try {
            browser.get(SampleSite.url("/?lang=en"));
            WebElement box = browser.findElement(By.id("home-search"));
            box.sendKeys("financing of terrorist acts", Keys.ENTER);
            // ENTER starts the navigation and returns at once: wait for the results page, however busy the machine
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/search?")
                    && !d.findElements(By.cssSelector("ol.results > li")).isEmpty());

            List<WebElement> results = browser.findElements(By.cssSelector("ol.results > li"));
            assertEquals(20, results.size());
            assertTrue(browser.getCurrentUrl().contains("/search?"), browser.getCurrentUrl());
            List<String> first = results.subList(0, 3).stream()
                    .map(r -> r.findElement(By.cssSelector("a.document")).getText()).toList();
            assertTrue(first.contains("S/RES/1373 (2001)"), first.toString());
            List<String> marked = browser.findElements(By.cssSelector("ol.results mark")).stream()
                    .map(WebElement::getText).distinct().toList();
            assertTrue(marked.contains("financing"), marked.toString());
            assertTrue(marked.contains("terrorist acts") || marked.contains("terrorist"), marked.toString());
            String background = browser.findElement(By.cssSelector("ol.results mark")).getCssValue("background-color");
            assertFalse(background.equals("rgba(0, 0, 0, 0)"), "the marks are visible: " + background);

            browser.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("page=2")
                    && d.findElements(By.cssSelector("ol.results[start='21']")).size() == 1);
            assertEquals("21", browser.findElement(By.cssSelector("ol.results")).getAttribute("start"));

            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                assertTrue(!entry.getMessage().contains("Content Security Policy"), entry.getMessage());
            }
        } finally {
            browser.quit();
        }
    }
}
