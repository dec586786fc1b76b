package org.unkg.serve.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unbescape.html.HtmlEscape;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unkg.load.Fixtures;
import org.unkg.load.InputFile;
import org.unkg.load.Store;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreLayout;
import org.unkg.serve.SparqlServer;
import org.unkg.serve.http.Format;
import org.unkg.serve.site.SiteModule;
import org.unkg.testing.Chromium;

/** The ontology and its shapes served beside the SPARQL endpoint of a small store, asked over real HTTP. */
class OntologyServerTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,*/*;q=0.8";
    private static final String NS = "https://w3id.org/unkg/ontology#";

    @TempDir
    static Path tmp;

    private static SparqlServer server;
    private static HttpClient http;
    private static Model ontology;
    private static Model shapes;

    @BeforeAll
    static void start() throws IOException {
        Store store = new StoreBuilder(new StoreLayout(tmp.resolve("db")), Fixtures.config())
                .build(List.of(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, tmp))))
                .store();
        server = SparqlServer.builder(store).config(Fixtures.config()).port(0).host("127.0.0.1")
                .module(new OntologyModule()).module(new SiteModule()).start();
        http = HttpClient.newHttpClient();
        ontology = classpathTurtle("ontology/unkg.ttl");
        shapes = classpathTurtle("ontology/shapes.ttl");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static Model classpathTurtle(String resource) {
        try (InputStream in = OntologyServerTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The Content-Type, lower case and without spaces (Jetty writes {@code text/html;charset=utf-8}). */
    private static String contentType(HttpResponse<?> response) {
        return header(response, "Content-Type").toLowerCase().replace(" ", "");
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A 200 in the format's media type with charset, open to any origin, that parses to the expected graph. */
    private static void assertServes(HttpResponse<byte[]> response, Format format, Model expected) {
        assertEquals(200, response.statusCode(), () -> response.uri() + ": " + text(response));
        assertEquals(format.mediaType() + ";charset=utf-8", contentType(response));
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        Model parsed = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(format.lang()).parse(parsed);
        assertTrue(parsed.isIsomorphicWith(expected), () -> response.uri() + " as " + format
                + " is not the graph of the file: " + parsed.size() + " triples against " + expected.size());
    }

    private static boolean variesOnAccept(HttpResponse<?> response) {
        return response.headers().allValues("Vary").stream()
                .flatMap(v -> List.of(v.split(",")).stream())
                .anyMatch(v -> v.trim().equalsIgnoreCase("Accept"));
    }

    // ---------------------------------------------------------------- RDF formats, three ways

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void eachRdfFormatByAccept(Format format) {
        HttpResponse<byte[]> response = get("/ontology", "Accept", format.mediaType());
        assertServes(response, format, ontology);
        assertTrue(variesOnAccept(response), "Vary: Accept");
        assertEquals("/ontology." + format.extension(), header(response, "Content-Location"));
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void eachRdfFormatByFormatParameter(Format format) {
        // The parameter wins over an Accept header that asks for something else.
        assertServes(get("/ontology?format=" + format.extension(), "Accept", "text/html"), format, ontology);
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void eachRdfFormatByExtension(Format format) {
        assertServes(get("/ontology." + format.extension(), "Accept", "text/html"), format, ontology);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ontology/", "/ontology/0.1.0", "/ontology/0.1.0.ttl"})
    void theOntologyAnswersAtItsOtherPaths(String path) {
        assertServes(get(path, "Accept", "text/turtle"), Format.TURTLE, ontology);
    }

    @Test
    void theVersionPathIsTheVersionIri() {
        Resource iri = ontology.createResource("https://w3id.org/unkg/ontology");
        assertEquals("https://w3id.org/unkg/ontology/0.1.0", iri.getProperty(OWL.versionIRI).getResource().getURI());
    }

    @Test
    void withoutAcceptCurlGetsTurtle() {
        HttpResponse<byte[]> response = get("/ontology");
        assertServes(response, Format.TURTLE, ontology);
        // The Turtle is the file itself, with its comments.
        assertTrue(text(response).contains("# The UNKG ontology"));
        assertServes(get("/ontology", "Accept", "*/*"), Format.TURTLE, ontology);
    }

    @Test
    void qValuesDecide() {
        assertServes(get("/ontology", "Accept", "text/turtle;q=0.5, application/ld+json"), Format.JSONLD, ontology);
        assertServes(get("/ontology", "Accept", "application/rdf+xml;q=0.9, text/turtle;q=0.1"), Format.RDFXML,
                ontology);
        assertServes(get("/ontology", "Accept", "text/html;q=0, */*;q=0.5"), Format.TURTLE, ontology);
    }

    // ---------------------------------------------------------------- HTML

    @Test
    void aBrowserGetsTheDocumentationPage() {
        HttpResponse<byte[]> response = get("/ontology", "Accept", BROWSER, "Accept-Language", "en-GB,en;q=0.9");
        assertEquals(200, response.statusCode());
        assertEquals("text/html;charset=utf-8", contentType(response));
        assertTrue(variesOnAccept(response));
        assertEquals("en", header(response, "Content-Language"));
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        String html = text(response);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("<title>UNKG ontology: United Nations Security Council documents as linked data"
                + "</title>"), "title");
        assertTrue(html.contains("<h1 lang=\"en\">UNKG ontology"), "heading");
        assertTrue(html.contains("id=\"Resolution\""), "class anchor");
        assertTrue(html.contains("id=\"hasVersion\""), "property anchor");
        assertTrue(html.contains("<span lang=\"en\">presidential statement</span>"), "English label");
        assertTrue(html.contains("<span lang=\"zh\">主席声明</span>"), "Chinese label");
        assertTrue(html.contains("<div id=\"diagram\" class=\"canvas\""), "diagram");
        assertTrue(html.contains("https://w3id.org/unkg/ontology/0.1.0"), "version IRI");
        assertTrue(html.contains("https://creativecommons.org/licenses/by/4.0/"), "licence");
        assertTrue(html.contains("UNKG project"), "creator");
        assertTrue(html.contains("https://w3id.org/un/ontology/undo/Resolution"), "aligned superclass linked out");
        assertEquals(List.of(), Pattern.compile("<script(?![^>]* src=\"/)[^>]*>").matcher(html).results()
                .map(MatchResult::group).toList(), "no inline script: every script comes from this server");
        String policy = header(response, "Content-Security-Policy");
        assertTrue(policy.contains("style-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
    }

    @Test
    void everyClassAndPropertyHasItsAnchor() {
        String html = text(get("/ontology.html"));
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            for (Resource term : ontology.listSubjectsWithProperty(RDF.type, type).toList()) {
                if (term.isURIResource() && term.getURI().startsWith(NS)) {
                    String id = term.getURI().substring(NS.length());
                    assertTrue(html.contains("<article class=\"term\" id=\"" + id + "\""), id);
                }
            }
        }
    }

    private static final List<String> MAIN_CLASSES = List.of("Document", "DocumentVersion", "Paragraph", "Meeting",
            "AgendaItem", "Organization", "Instrument", "Country", "Person", "ArmedGroup", "Theme", "Mention",
            "DiscoveredEntity");
    private static final List<String> DRAWN_PROPERTIES = List.of("hasVersion", "cites", "meeting", "agendaItem",
            "mentions", "refersTo", "inParagraph", "represents");

    /** The diagram's elements, as the page gives them to Cytoscape.js. */
    private static JsonArray diagramElements(String html) {
        Matcher m = Pattern.compile("<div id=\"diagram\"[^>]* data-elements=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "the diagram's container");
        return JSON.parseAny(HtmlEscape.unescapeHtml(m.group(1))).getAsArray();
    }

    @Test
    void theDiagramHoldsTheMainClassesAndTheirProperties() {
        String html = text(get("/ontology.html?lang=en"));
        JsonArray elements = diagramElements(html);
        List<String> nodes = elements.stream().map(JsonValue::getAsObject)
                .filter(e -> e.get("group").getAsString().value().equals("nodes"))
                .map(e -> e.get("data").getAsObject().get("id").getAsString().value()).toList();
        assertEquals(MAIN_CLASSES.stream().sorted().toList(), nodes.stream().sorted().toList(),
                "the classes under no other class; subclasses are drawn as their root class");
        List<JsonObject> edges = elements.stream().map(JsonValue::getAsObject)
                .filter(e -> e.get("group").getAsString().value().equals("edges"))
                .map(e -> e.get("data").getAsObject()).toList();
        assertTrue(edges.size() >= 20, edges.size() + " edges");
        for (String property : DRAWN_PROPERTIES) {
            assertTrue(edges.stream().anyMatch(e -> e.get("href").getAsString().value().equals("#" + property)),
                    property);
        }
        for (JsonObject edge : edges) {
            assertTrue(nodes.contains(edge.get("source").getAsString().value())
                    && nodes.contains(edge.get("target").getAsString().value()), edge::toString);
        }
        // the same relations as a list, for readers the canvas does not serve
        assertTrue(html.contains("<ul class=\"relations\">"));
        assertEquals(edges.size(), Pattern.compile("<li><span class=\"swatch c\\d (solid|dashed|dotted)\"></span>")
                .matcher(html).results().count());
    }

    @Test
    void theDiagramIsDrawnInABrowser() throws IOException {
        ChromeDriver browser = Chromium.startRecording();
        try {
            browser.get(server.url("/ontology?lang=en"));
            JavascriptExecutor js = browser;
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> js.executeScript(
                    "return window.cy ? window.cy.nodes().length : 0") instanceof Long n && n > 0);
            assertEquals((long) MAIN_CLASSES.size(), js.executeScript("return window.cy.nodes().length"));
            long edges = (Long) js.executeScript("return window.cy.edges().length");
            assertTrue(edges >= 20, edges + " edges");
            assertEquals("rgb(31,111,180)", ((String) js.executeScript(
                    "return window.cy.edges().filter(function (e) { return e.data('colour') === 'c0'; })"
                            + ".first().style('line-color')")).replace(" ", ""),
                    "the property with the most edges in the first colour of the stylesheet");
            assertTrue((Boolean) js.executeScript("return document.querySelector('#diagram canvas') !== null"));
            js.executeScript("window.cy.getElementById('Document').emit('tap')");
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "#Document".equals(
                    js.executeScript("return window.location.hash")));
            List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                    .map(LogEntry::getMessage).filter(message -> !message.contains("/favicon.ico")).toList();
            assertEquals(List.of(), problems, "nothing refused by the Content-Security-Policy, no script error");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theLanguageSwitch() {
        HttpResponse<byte[]> zh = get("/ontology?lang=zh", "Accept", BROWSER);
        assertEquals("zh", header(zh, "Content-Language"));
        String html = text(zh);
        assertTrue(html.contains("<html lang=\"zh\">"));
        assertTrue(html.contains("<h1 lang=\"zh\">UNKG本体"));
        assertTrue(html.contains("<h2 id=\"sec-classes-heading\">类</h2>"));
        assertTrue(html.contains("href=\"?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"));
        assertTrue(html.contains("href=\"?lang=zh\" hreflang=\"zh\" lang=\"zh\" aria-current=\"page\">中文</a>"));

        // Accept-Language chooses when ?lang does not.
        assertEquals("zh", header(get("/ontology", "Accept", BROWSER, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"),
                "Content-Language"));
        assertEquals("en", header(get("/ontology", "Accept", BROWSER, "Accept-Language", "fr-FR,fr;q=0.9"),
                "Content-Language"));
        assertEquals("en", header(get("/ontology.html", "Accept-Language", "de, zh;q=0.1, en;q=0.5"),
                "Content-Language"));
        assertEquals("en", header(get("/ontology?lang=en", "Accept", BROWSER, "Accept-Language", "zh"),
                "Content-Language"));
    }

    @Test
    void htmlByFormatParameterAndExtension() {
        for (String path : List.of("/ontology?format=html", "/ontology.html", "/ontology/0.1.0.html")) {
            HttpResponse<byte[]> response = get(path, "Accept", "text/turtle");
            assertEquals(200, response.statusCode(), path);
            assertEquals("text/html;charset=utf-8", contentType(response), path);
            assertTrue(text(response).contains("id=\"Resolution\""), path);
        }
    }

    @Test
    void theStylesheetAndTheDiagramsScriptAreServed() {
        HttpResponse<byte[]> css = get("/static/ontology.css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css;charset=utf-8", contentType(css));
        assertTrue(text(css).contains("article.term"));
        String html = text(get("/ontology.html"));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/static/ontology.css\""));
        Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"></script>").matcher(html);
        List<String> sources = scripts.results().map(r -> r.group(1)).toList();
        assertEquals(2, sources.size(), sources::toString);
        assertTrue(sources.get(0).matches("/webjars/cytoscape/[0-9.]+/dist/cytoscape.min.js"), sources::toString);
        assertEquals("/static/ontology-diagram.js", sources.get(1));
        for (String source : sources) {
            HttpResponse<byte[]> script = get(source);
            assertEquals(200, script.statusCode(), source);
            assertEquals("text/javascript;charset=utf-8", contentType(script), source);
        }
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void anAcceptTheServerCannotMeetIs406() {
        HttpResponse<byte[]> response = get("/ontology", "Accept", "image/png");
        assertEquals(406, response.statusCode());
        assertTrue(variesOnAccept(response));
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        assertTrue(text(response).contains("text/turtle"), "says what it can give");
        assertEquals(406, get("/ontology?format=png").statusCode());
        assertEquals(406, get("/ontology/shapes", "Accept", "text/html").statusCode());
        assertEquals(406, get("/ontology/shapes?format=html").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ontology/nothing", "/ontology/Resolution", "/ontology/0.2.0", "/ontology/shapes.html",
        "/ontology.png", "/ontology/.ttl", "/ontology/shapes/x"})
    void anUnknownPathIs404(String path) {
        HttpResponse<byte[]> response = get(path, "Accept", "text/turtle");
        assertEquals(404, response.statusCode(), path);
    }

    @Test
    void corsIsOpenWithoutCredentials() {
        HttpResponse<byte[]> response = get("/ontology", "Accept", "application/ld+json", "Origin",
                "https://example.org");
        assertEquals(200, response.statusCode());
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void headAndConditionalRequests() throws Exception {
        HttpResponse<byte[]> full = get("/ontology", "Accept", "text/turtle");
        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(URI.create(server.url("/ontology")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(header(full, "Content-Type"), header(head, "Content-Type"));
        String etag = header(full, "ETag");
        assertNotNull(etag);
        assertEquals(304, get("/ontology", "Accept", "text/turtle", "If-None-Match", etag).statusCode());
        assertEquals(200, get("/ontology", "Accept", "application/ld+json", "If-None-Match", etag).statusCode());
    }

    // ---------------------------------------------------------------- shapes

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void theShapesInEachRdfFormat(Format format) {
        HttpResponse<byte[]> byAccept = get("/ontology/shapes", "Accept", format.mediaType());
        assertServes(byAccept, format, shapes);
        assertTrue(variesOnAccept(byAccept));
        assertServes(get("/ontology/shapes?format=" + format.extension()), format, shapes);
        assertServes(get("/ontology/shapes." + format.extension()), format, shapes);
        // The shapes' own IRI, https://w3id.org/unkg/shapes, at its path.
        assertServes(get("/shapes." + format.extension()), format, shapes);
    }

    @Test
    void aBrowserAskingForTheShapesGetsRdf() {
        HttpResponse<byte[]> response = get("/ontology/shapes", "Accept", BROWSER);
        assertEquals(200, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("application/rdf+xml"));
        assertServes(get("/shapes"), Format.TURTLE, shapes);
    }

    // ---------------------------------------------------------------- the endpoint stays as it was

    @Test
    void theSparqlEndpointIsUnchanged() {
        String ask = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = get("/sparql?query=" + ask + "&format=json");
        assertEquals(200, response.statusCode());
        assertTrue(text(response).contains("\"boolean\""));
        assertEquals(server.url("/sparql"), server.endpointUrl());
    }
}
