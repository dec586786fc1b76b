package org.unkg.serve.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.serve.http.Format;
import org.unkg.serve.ontology.OntologyPage.TextRun;

/** The documentation page built from a graph, without a server: escaping, routing, links in running text. */
class OntologyPageTest {

    private static OntologySite hostile;
    private static OntologySite unkg;

    @BeforeAll
    static void load() throws IOException {
        byte[] turtle;
        try (InputStream in = OntologyPageTest.class.getResourceAsStream("/serve/hostile-ontology.ttl")) {
            turtle = in.readAllBytes();
        }
        hostile = OntologySite.of(PublishedGraph.fromTurtle("hostile-ontology.ttl", turtle),
                PublishedGraph.fromClasspath(OntologySite.SHAPES_RESOURCE));
        unkg = OntologySite.load();
    }

    private static String page(OntologySite site, String lang) {
        return new String(site.ontology().representation(Format.HTML, lang).body(), StandardCharsets.UTF_8);
    }

    @Test
    void thePageLeadsBackToTheSite() {
        for (String lang : OntologyPageBuilder.LANGUAGES) {
            String html = page(unkg, lang);
            assertTrue(html.contains("<a class=\"home\" href=\"/?lang=" + lang + "\" rel=\"home\""), lang);
        }
    }

    @Test
    void everyLiteralIsEscaped() {
        for (String lang : OntologyPageBuilder.LANGUAGES) {
            String html = page(hostile, lang);
            List<String> scripts = Pattern.compile("<script[^>]*>").matcher(html).results().map(MatchResult::group)
                    .toList();
            assertEquals(2, scripts.size(), scripts::toString);
            assertTrue(scripts.stream().allMatch(tag -> tag.matches("<script src=\"/[^\"<>]+\">")),
                    "no script element but the page's own, from this server: " + scripts);
            assertFalse(html.contains("<img"), "no injected element");
            assertFalse(html.contains("<svg onload"), "no injected element");
            assertFalse(html.contains("<b>本体"), "no injected element");
            assertFalse(html.contains("<i>markup"), "no injected element");
            assertFalse(html.contains("\" onmouseover=\""), "no attribute broken out of");
            assertFalse(html.contains("' onfocus='"), "no attribute broken out of");
            assertFalse(html.contains("href=\"javascript:"), "no javascript: link");
            assertTrue(html.contains("&lt;script&gt;"), "the text is still shown, escaped");
        }
        String en = page(hostile, "en");
        assertTrue(en.contains("<h1 lang=\"en\">Hostile &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; co"
                + "</h1>"), "title");
        assertTrue(en.contains("<span lang=\"en\">thing &quot; onmouseover=&quot;alert(5)</span>"), "label");
        assertTrue(en.contains("<a href=\"https://example.org/?a=1&amp;b=\">"), "a web address in a comment");
        assertTrue(en.contains("<code class=\"iri\">javascript:alert(4)</code>"), "shown, not linked");
    }

    @Test
    void anOntologyAnywhereIsServedUnderItsParentPath() {
        assertEquals("/vocab", hostile.ontologyPath());
        assertTrue(hostile.route("/vocab/1.0").isPresent(), "version IRI path");
        assertEquals(Optional.of(Format.JSONLD), hostile.route("/vocab.jsonld").map(OntologySite.Route::format));
        assertTrue(hostile.pathSpecs().contains("/vocab/*"));
        assertTrue(hostile.pathSpecs().contains("/vocab.ttl"));
    }

    @Test
    void theUnkgPaths() {
        assertEquals("/ontology", unkg.ontologyPath());
        assertEquals(List.of("/ontology", "/ontology/", "/ontology/0.1.0"), List.copyOf(unkg.ontology().paths()));
        assertEquals(List.of("/ontology/shapes", "/shapes"), List.copyOf(unkg.shapes().paths()));
        assertTrue(unkg.route("/ontology/shapes.html").isEmpty(), "the shapes have no HTML page");
        assertTrue(unkg.route("/ontology.txt").isEmpty());
        assertTrue(unkg.route("/ontology/0.1.0.nt").isPresent());
        assertTrue(unkg.pathSpecs().containsAll(List.of("/ontology/*", "/ontology.ttl", "/ontology.html",
                "/shapes", "/shapes.nt")));
        assertFalse(unkg.pathSpecs().contains("/shapes.html"));
    }

    @Test
    void runningTextLinksTermsAndAddresses() {
        PublishedGraph graph = PublishedGraph.fromClasspath(OntologySite.ONTOLOGY_RESOURCE);
        OntologyPageBuilder builder = new OntologyPageBuilder(graph, "/ontology", "/ontology/shapes");
        builder.build("en");
        List<TextRun> segments = builder.segments("Links (unkg:refersTo ⊑ oa:hasBody) to "
                + "http://metadata.un.org/thesaurus/. See foo:bar, e.g. S/PV.6760 and Note: this.");
        assertEquals(new TextRun("unkg:refersTo", "#refersTo", true), segments.get(1));
        assertEquals(new TextRun("oa:hasBody", "http://www.w3.org/ns/oa#hasBody", true), segments.get(3));
        assertEquals(new TextRun("http://metadata.un.org/thesaurus/", "http://metadata.un.org/thesaurus/", false),
                segments.get(5));
        assertEquals(new TextRun(". See foo:bar, e.g. S/PV.6760 and Note: this.", null, false), segments.get(6));
        assertEquals(7, segments.size());
    }

    @Test
    void labelsFallBackToTheOtherLanguage() {
        String zh = page(hostile, "zh");
        // ex:Other has an English label only: the Chinese page shows it, marked as English.
        assertTrue(zh.contains("<span lang=\"en\">other</span>"));
        assertTrue(zh.contains("<html lang=\"zh\">"));
    }
}
