package org.unkg.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The shared sample site serves the sample, and the browser the page tests use can show it. */
class SampleSiteTest {

    @Test
    void theSampleIsServed() throws Exception {
        String query = "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a <https://w3id.org/unkg/ontology#Document> ;"
                + " <https://w3id.org/unkg/ontology#hasVersion> ?v }";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                SampleSite.server().endpointUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        int documents = Integer.parseInt(answer.body().lines().skip(1).findFirst().orElseThrow().strip());
        assertEquals(SampleSite.RESOLUTIONS.size() + 5, documents, answer.body());
    }

    @Test
    void chromiumShowsAPageOfTheSite() throws Exception {
        ChromeDriver browser = Chromium.start();
        try {
            browser.get(SampleSite.url("/ontology?lang=zh"));
            assertTrue(browser.findElement(By.tagName("h1")).getText().length() > 0);
            assertEquals("zh", browser.findElement(By.tagName("html")).getAttribute("lang"));
        } finally {
            browser.quit();
        }
    }
}
