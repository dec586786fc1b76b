package org.unkg.serve.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unkg.serve.http.Format;
import org.unkg.testing.SampleSite;

/**
 * Content negotiation of the data IRIs on the sample site, over real HTTP: for a document, a paragraph, an
 * organization, a theme, a country, a meeting and a named graph, every format by {@code Accept}, by extension and by
 * {@code ?format=}; 303s with their {@code Location}, {@code Vary} and CORS headers; every RDF answer parsed and
 * holding the thing it describes; 406, 404 and HEAD.
 */
class DereferencingTest {

    private static final String BASE = "https://w3id.org/unkg/";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,*/*;q=0.8";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The things asked for: their path under the base (which is also their path on the server). */
    static final List<String> THINGS = List.of(
            "id/document/S/PRST/2012/16",
            "id/document/S/PRST/2012/16/para/3",
            "id/organization/CTED",
            "id/theme/counter-terrorism",
            "id/country/AFG",
            "id/meeting/6760",
            "graph/S/PRST/2012/16");

    static Stream<Arguments> thingsAndFormats() {
        List<Arguments> cases = new ArrayList<>();
        for (String thing : THINGS) {
            for (Format format : LinkedData.ALL) {
                cases.add(Arguments.of(thing, format));
            }
        }
        return cases.stream();
    }

    private static HttpResponse<byte[]> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SampleSite.url(path)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String mediaType(HttpResponse<?> response) {
        String type = header(response, "Content-Type");
        assertNotNull(type, response.uri() + " has no Content-Type");
        return type.split(";")[0].trim().toLowerCase();
    }

    private static boolean varies(HttpResponse<?> response, String header) {
        return response.headers().allValues("Vary").stream()
                .flatMap(v -> Stream.of(v.split(","))).anyMatch(v -> v.trim().equalsIgnoreCase(header));
    }

    /** The path of a Location header, whether the server wrote it absolute or not. */
    private static String location(HttpResponse<?> response) {
        String location = header(response, "Location");
        assertNotNull(location, response.uri() + " " + response.statusCode() + " has no Location");
        return location.startsWith("http") ? URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() != null ? "?" + URI.create(location).getRawQuery() : "")
                : location;
    }

    private static String dataPath(String thing, Format format) {
        String key = thing.startsWith("id/") ? thing.substring(3) : thing;
        return format == Format.HTML ? "/page/" + key : "/data/" + key + "." + format.extension();
    }

    private static void assertSeeOther(HttpResponse<byte[]> response, String expectedLocation) {
        assertEquals(303, response.statusCode(), () -> response.uri() + ": " + text(response));
        assertEquals(expectedLocation, location(response));
        assertTrue(varies(response, "Accept"), () -> response.uri() + " does not vary on Accept");
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        String link = header(response, "Link");
        assertNotNull(link);
        assertTrue(link.contains("<" + BASE + expectedThing(expectedLocation) + ">; rel=\"canonical\""), link);
    }

    private static String expectedThing(String location) {
        String path = location.replaceFirst("^/(page|data)/", "").replaceFirst("\\.[a-z]+$", "")
                .replaceFirst("\\?.*$", "");
        return path.startsWith("graph/") ? path : "id/" + path;
    }

    /** Parses an RDF answer in its format and checks that it speaks of the thing. */
    private static DatasetGraph assertRdfAbout(HttpResponse<byte[]> response, Format format, String thing) {
        assertEquals(200, response.statusCode(), () -> response.uri() + ": " + text(response));
        assertEquals(format.mediaType(), mediaType(response), response.uri().toString());
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(format.lang()).parse(parsed);
        Node iri = NodeFactory.createURI(BASE + thing);
        boolean about;
        if (!format.isQuads()) {
            assertFalse(parsed.listGraphNodes().hasNext(), () -> response.uri() + " holds named graphs");
        }
        if (thing.startsWith("graph/")) {
            about = format.isQuads() ? parsed.containsGraph(iri) && !parsed.getGraph(iri).isEmpty()
                    : !parsed.getDefaultGraph().isEmpty();
        } else {
            about = parsed.find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext();
        }
        assertTrue(about, () -> response.uri() + " does not describe " + BASE + thing + ":\n" + text(response));
        return parsed;
    }

    @ParameterizedTest(name = "{0} as {1}, by Accept")
    @MethodSource("thingsAndFormats")
    void byAcceptEachFormat(String thing, Format format) {
        HttpResponse<byte[]> seeOther = get("/" + thing, "Accept", format.mediaType());
        assertSeeOther(seeOther, dataPath(thing, format));
        HttpResponse<byte[]> answer = get(location(seeOther));
        if (format == Format.HTML) {
            assertEquals(200, answer.statusCode(), () -> text(answer));
            assertEquals("text/html", mediaType(answer));
            assertTrue(text(answer).contains(BASE + thing), "the page shows the IRI");
        } else {
            assertRdfAbout(answer, format, thing);
        }
    }

    @ParameterizedTest(name = "{0} as {1}, by extension and by format=")
    @MethodSource("thingsAndFormats")
    void byExtensionAndByFormatParameter(String thing, Format format) {
        assertSeeOther(get("/" + thing + "." + format.extension()), dataPath(thing, format));
        assertSeeOther(get("/" + thing + "?format=" + format.extension(), "Accept", "text/turtle"),
                dataPath(thing, format));
    }

    @Test
    void turtleWhenAnythingGoesAndHtmlForABrowser() {
        String thing = "id/organization/CTED";
        assertSeeOther(get("/" + thing), dataPath(thing, Format.TURTLE));
        assertSeeOther(get("/" + thing, "Accept", "*/*"), dataPath(thing, Format.TURTLE));
        assertSeeOther(get("/" + thing, "Accept", BROWSER), dataPath(thing, Format.HTML));
        assertSeeOther(get("/" + thing + "?lang=zh", "Accept", BROWSER), dataPath(thing, Format.HTML) + "?lang=zh");
    }

    @Test
    void qualityValuesDecide() {
        String thing = "id/theme/counter-terrorism";
        assertSeeOther(get("/" + thing, "Accept", "text/turtle;q=0.5, application/ld+json"),
                dataPath(thing, Format.JSONLD));
        assertSeeOther(get("/" + thing, "Accept", "application/n-quads;q=0.9, application/rdf+xml;q=0.2"),
                dataPath(thing, Format.NQUADS));
        assertSeeOther(get("/" + thing, "Accept", "text/html;q=0, */*;q=0.1"), dataPath(thing, Format.TURTLE));
    }

    @Test
    void dataWithoutExtensionNegotiatesInPlace() {
        HttpResponse<byte[]> answer = get("/data/organization/CTED", "Accept", "application/n-triples");
        assertRdfAbout(answer, Format.NTRIPLES, "id/organization/CTED");
        assertEquals("/data/organization/CTED.nt", header(answer, "Content-Location"));
        assertTrue(varies(answer, "Accept"));
        HttpResponse<byte[]> html = get("/data/organization/CTED", "Accept", "text/html");
        assertEquals(406, html.statusCode(), "/data/ holds RDF only");
    }

    @Test
    void notAcceptableListsWhatIsOffered() {
        HttpResponse<byte[]> answer = get("/id/organization/CTED", "Accept", "image/png");
        assertEquals(406, answer.statusCode());
        assertEquals("text/plain", mediaType(answer));
        for (Format format : LinkedData.ALL) {
            assertTrue(text(answer).contains(format.mediaType()), text(answer));
        }
        assertEquals(406, get("/id/organization/CTED?format=pdf").statusCode());
    }

    @Test
    void unknownIrisAreNotFound() {
        HttpResponse<byte[]> plain = get("/id/document/S/RES/99999(2099)", "Accept", "text/turtle");
        assertEquals(404, plain.statusCode());
        assertEquals("text/plain", mediaType(plain));
        HttpResponse<byte[]> page = get("/id/organization/NO-SUCH-BODY", "Accept", BROWSER);
        assertEquals(404, page.statusCode());
        assertEquals("text/html", mediaType(page));
        assertTrue(text(page).contains("<h1>404</h1>"), text(page));
        assertEquals("text/plain", mediaType(get("/id/organization/NO-SUCH-BODY", "Accept", "*/*")));
        assertEquals(404, get("/page/organization/NO-SUCH-BODY").statusCode());
        assertEquals(404, get("/data/organization/NO-SUCH-BODY.ttl").statusCode());
        assertEquals(404, get("/graph/S/RES/99999(2099)").statusCode());
        assertEquals(404, get("/id/").statusCode());
        assertEquals(404, get("/id/organization/CTED%3E%20%3Cx").statusCode(), "brackets cannot reach a query");
    }

    @Test
    void parenthesesRawOrEscapedNameTheSameDocument() {
        String raw = "/id/document/S/RES/1373(2001)";
        String escaped = "/id/document/S/RES/1373%282001%29";
        HttpResponse<byte[]> a = get(raw, "Accept", "text/turtle");
        HttpResponse<byte[]> b = get(escaped, "Accept", "text/turtle");
        assertSeeOther(a, "/data/document/S/RES/1373(2001).ttl");
        assertSeeOther(b, "/data/document/S/RES/1373(2001).ttl");
        assertSeeOther(get(escaped + ".jsonld"), "/data/document/S/RES/1373(2001).jsonld");
        assertRdfAbout(get("/data/document/S/RES/1373%282001%29.nt"), Format.NTRIPLES, "id/document/S/RES/1373(2001)");
        assertEquals(200, get("/page/document/S/RES/1373%282001%29").statusCode());
    }

    @Test
    void dotsInSymbolsAreNotExtensions() {
        // S/PV.6760 is the record of meeting 6760; ".6760" names no format.
        HttpResponse<byte[]> answer = get("/id/document/S/PV.6760", "Accept", "application/n-triples");
        assertSeeOther(answer, "/data/document/S/PV.6760.nt");
        assertRdfAbout(get("/data/document/S/PV.6760.nt"), Format.NTRIPLES, "id/document/S/PV.6760");
    }

    @Test
    void headAnswersWithoutBody() {
        HttpResponse<byte[]> seeOther = send("HEAD", "/id/organization/CTED", "Accept", "text/turtle");
        assertEquals(303, seeOther.statusCode());
        assertEquals("/data/organization/CTED.ttl", location(seeOther));
        assertEquals(0, seeOther.body().length);
        HttpResponse<byte[]> data = send("HEAD", "/data/organization/CTED.ttl");
        assertEquals(200, data.statusCode());
        assertEquals("text/turtle", mediaType(data));
        assertEquals(0, data.body().length);
        assertEquals(200, send("HEAD", "/page/organization/CTED").statusCode());
    }

    /** A document's quads: its description in the default graph, as the Turtle has it, and its own graph exactly. */
    @Test
    void aDocumentsQuadsAreItsDescriptionAndItsNamedGraph() {
        String graph = BASE + "graph/S/PRST/2012/16";
        Graph turtle = assertRdfAbout(get("/data/document/S/PRST/2012/16.ttl"), Format.TURTLE,
                "id/document/S/PRST/2012/16").getDefaultGraph();
        long served = Long.parseLong(select("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }")
                .get(0));
        for (Format format : List.of(Format.NQUADS, Format.TRIG)) {
            DatasetGraph quads = assertRdfAbout(get("/data/document/S/PRST/2012/16." + format.extension()), format,
                    "id/document/S/PRST/2012/16");
            Set<Node> graphs = new HashSet<>();
            quads.listGraphNodes().forEachRemaining(graphs::add);
            assertEquals(Set.of(NodeFactory.createURI(graph)), graphs, format.name());
            assertEquals(served, quads.getGraph(NodeFactory.createURI(graph)).size(), format.name());
            assertTrue(quads.getDefaultGraph().isIsomorphicWith(turtle), format + ": the default graph is the Turtle");
        }
    }

    @Test
    void anEntityDescriptionNamesWhatItLinksToAndWhatLinksToIt() {
        DatasetGraph cted = assertRdfAbout(get("/data/organization/CTED.nt"), Format.NTRIPLES, "id/organization/CTED");
        Node ctc = NodeFactory.createURI(BASE + "id/organization/CTC");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        assertTrue(cted.getDefaultGraph().contains(ctc, label, Node.ANY), "the name of the body it belongs to");
        Node mentions = NodeFactory.createURI("https://w3id.org/unkg/ontology#mentions");
        assertTrue(cted.getDefaultGraph().contains(Node.ANY, mentions, NodeFactory.createURI(BASE
                + "id/organization/CTED")), "the documents that mention it");
        // Every format says the same, each statement once: in quads, all in the default graph, where a client
        // that reads a dereferenced IRI as a source looks (issue 16: 31,246 quads over 1,915 graphs, none there).
        for (Format format : List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NQUADS, Format.TRIG)) {
            DatasetGraph other = assertRdfAbout(get("/data/organization/CTED." + format.extension()), format,
                    "id/organization/CTED");
            assertTrue(other.getDefaultGraph().isIsomorphicWith(cted.getDefaultGraph()), format.name());
            assertFalse(other.listGraphNodes().hasNext(), format + ": no named graph");
        }
        String nquads = text(get("/data/organization/CTED.nq"));
        assertEquals(cted.getDefaultGraph().size(), nquads.lines().filter(l -> !l.isBlank()).count(),
                "each statement once");
    }

    @Test
    void aRemoteClientMayReadEveryAnswer() {
        HttpResponse<byte[]> answer = get("/data/theme/counter-terrorism.jsonld", "Origin", "https://example.org");
        assertRdfAbout(answer, Format.JSONLD, "id/theme/counter-terrorism");
        assertEquals("*", header(answer, "Access-Control-Allow-Origin"));
        assertTrue(answer.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    /** The first column of a SELECT on the sample site's endpoint, as text. */
    static List<String> select(String query) {
        HttpResponse<byte[]> answer = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "text/csv");
        assertEquals(200, answer.statusCode(), () -> text(answer));
        return text(answer).lines().skip(1).map(l -> l.split(",")[0].strip()).toList();
    }
}
