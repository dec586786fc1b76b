package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.Fixtures;
import org.unkg.load.InputFile;
import org.unkg.load.Store;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreException;
import org.unkg.load.StoreLayout;

/** The server of a small store, asked over real HTTP. */
class SparqlServerTest {

    private static final String PARAGRAPHS =
            Fixtures.PREFIXES + "SELECT ?p ?text { ?p unkg:text ?text } ORDER BY ?p";
    private static final String CONSTRUCT = Fixtures.PREFIXES
            + "CONSTRUCT { ?p unkg:text ?text } WHERE { ?p unkg:text ?text }";

    @TempDir
    static Path tmp;

    private static SparqlServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        StoreLayout layout = new StoreLayout(tmp.resolve("db"));
        Store store = new StoreBuilder(layout, Fixtures.config())
                .build(List.of(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, tmp)),
                        InputFile.of(Fixtures.copy(Fixtures.AGENDA_ITEMS, tmp))))
                .store();
        server = SparqlServer.builder(store).config(Fixtures.config()).port(0).host("127.0.0.1").start();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static URI get(String query, String extra) {
        return URI.create(server.endpointUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Sends a request on a connection of its own: the server refuses some requests without reading their body and
     * then closes the connection, which a pooled connection would only notice at the next request.
     */
    private static HttpResponse<String> sendAlone(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String query, String extra, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(get(query, extra)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    private static void assertParagraphs(HttpResponse<String> response, String contentType, Lang lang) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType),
                response.headers().toString());
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
        assertEquals(List.of("p", "text"), results.getResultVars());
        assertEquals(4, ResultSetFormatter.consume(results));
    }

    @Test
    void endpointIsSparqlOnTheChosenPort() {
        assertNotEquals(0, server.port());
        assertEquals("http://127.0.0.1:" + server.port() + "/sparql", server.endpointUrl());
    }

    @Test
    void selectByAcceptHeader() throws Exception {
        assertParagraphs(get(PARAGRAPHS, "", "application/sparql-results+json"),
                "application/sparql-results+json", ResultSetLang.RS_JSON);
        assertParagraphs(get(PARAGRAPHS, "", "application/sparql-results+xml"),
                "application/sparql-results+xml", ResultSetLang.RS_XML);
        assertParagraphs(get(PARAGRAPHS, "", "text/csv"), "text/csv", ResultSetLang.RS_CSV);
        assertParagraphs(get(PARAGRAPHS, "", "text/tab-separated-values"),
                "text/tab-separated-values", ResultSetLang.RS_TSV);
    }

    @Test
    void selectByFormatParameter() throws Exception {
        assertParagraphs(get(PARAGRAPHS, "&format=json", null), "application/sparql-results+json", ResultSetLang.RS_JSON);
        assertParagraphs(get(PARAGRAPHS, "&format=xml", null), "application/sparql-results+xml", ResultSetLang.RS_XML);
        assertParagraphs(get(PARAGRAPHS, "&format=csv", null), "text/csv", ResultSetLang.RS_CSV);
        assertParagraphs(get(PARAGRAPHS, "&format=tsv", null), "text/tab-separated-values", ResultSetLang.RS_TSV);
    }

    @Test
    void selectByPost() throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(PARAGRAPHS, StandardCharsets.UTF_8)))
                .build());
        assertParagraphs(form, "application/sparql-results+json", ResultSetLang.RS_JSON);

        HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+xml")
                .POST(HttpRequest.BodyPublishers.ofString(PARAGRAPHS))
                .build());
        assertParagraphs(direct, "application/sparql-results+xml", ResultSetLang.RS_XML);
    }

    @Test
    void askAnswersTrueOrFalse() throws Exception {
        HttpResponse<String> response = get(Fixtures.PREFIXES + "ASK { ?d a unkg:Resolution }", "",
                "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON));
    }

    @Test
    void constructAsTurtleAndJsonLd() throws Exception {
        for (String accept : List.of("text/turtle", "application/ld+json", "application/n-triples",
                "application/rdf+xml")) {
            HttpResponse<String> response = get(CONSTRUCT, "", accept);
            assertEquals(200, response.statusCode(), accept + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept),
                    response.headers().toString());
            Model model = RDFParser.fromString(response.body(), RDFLanguages.contentTypeToLang(accept))
                    .toModel();
            assertEquals(4, model.size(), accept);
        }
    }

    @Test
    void constructAsTrigAndNQuadsByFormatParameter() throws Exception {
        for (var format : List.of(List.of("trig", "application/trig"), List.of("n-quads", "application/n-quads"))) {
            HttpResponse<String> response = get(CONSTRUCT, "&format=" + format.get(0), null);
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(format.get(1)));
            Lang lang = RDFLanguages.contentTypeToLang(format.get(1));
            assertEquals(4, RDFParser.fromString(response.body(), lang).toDatasetGraph().getDefaultGraph().size());
        }
    }

    /** The short names SPARQLWrapper and the service description use; a name of no RDF format leaves it to Accept. */
    @Test
    void constructAndDescribeTakeTheSiteShortNames() throws Exception {
        String describe = "DESCRIBE <https://w3id.org/unkg/id/document/S/PRST/2012/16/para/2>";
        for (var asked : List.of(List.of("n3", "text/turtle", "text/turtle"), List.of("ttl", "", "text/turtle"),
                List.of("jsonld", "", "application/ld+json"), List.of("json", "", "application/ld+json"),
                List.of("rdf", "", "application/rdf+xml"), List.of("xml", "", "application/rdf+xml"),
                List.of("nt", "", "application/n-triples"), List.of("nq", "", "application/n-quads"),
                List.of("trig", "", "application/trig"), List.of("text/turtle", "", "text/turtle"),
                List.of("csv", "application/n-triples", "application/n-triples"))) {
            for (String query : List.of(CONSTRUCT, describe)) {
                HttpResponse<String> response = get(query, "&format=" + URLEncoder.encode(asked.get(0),
                        StandardCharsets.UTF_8), asked.get(1).isEmpty() ? null : asked.get(1));
                String what = "format=" + asked.get(0) + " " + query;
                assertEquals(200, response.statusCode(), what + ": " + response.body());
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(asked.get(2)),
                        what + ": " + response.headers());
                Lang lang = RDFLanguages.contentTypeToLang(asked.get(2));
                long size = RDFLanguages.isQuads(lang) && lang != Lang.JSONLD
                        ? RDFParser.fromString(response.body(), lang).toDatasetGraph().getDefaultGraph().size()
                        : RDFParser.fromString(response.body(), lang).toModel().size();
                assertTrue(query == CONSTRUCT ? size == 4 : size > 0, what + ": " + size);
            }
        }
        HttpResponse<String> accepted = get(CONSTRUCT, "", "application/rdf+xml");
        assertTrue(accepted.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"),
                "without format=, Accept decides");
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> got = get(PARAGRAPHS, "", "application/sparql-results+json");
        HttpResponse<String> head = send(HttpRequest.newBuilder(get(PARAGRAPHS, ""))
                .header("Accept", "application/sparql-results+json")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode(), head.body());
        assertEquals(got.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
        assertEquals("", head.body());
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        String query = Fixtures.PREFIXES + """
                SELECT (COUNT(*) AS ?n) {
                  <https://w3id.org/unkg/id/document/S/PRST/2012/16> a unkg:PresidentialStatement .
                  <https://w3id.org/unkg/id/document/S/RES/1373(2001)> a unkg:Resolution .
                  <https://w3id.org/unkg/id/agenda-item/threats-to-international-peace-and-security> a unkg:AgendaItem .
                }""";
        HttpResponse<String> response = get(query, "", "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        assertEquals(1, results.next().getLiteral("n").getInt());
    }

    @Test
    void textQueryWorksOverHttp() throws Exception {
        String query = Fixtures.PREFIXES + "SELECT ?p { ?p text:query (unkg:text '恐怖主义' 'lang:zh') }";
        HttpResponse<String> response = get(query, "", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("p\r\nhttps://w3id.org/unkg/id/document/S/PRST/2012/16/para/2\r\n", response.body());
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        HttpResponse<String> direct = sendAlone(HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build());
        assertClientError(direct);

        HttpResponse<String> form = sendAlone(HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)))
                .build());
        assertClientError(form);

        HttpResponse<String> upload = sendAlone(HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                .header("Content-Type", "application/n-quads")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> <urn:x:g> ."))
                .build());
        assertClientError(upload);

        HttpResponse<String> count = get("ASK { GRAPH <urn:x:g> { ?s ?p ?o } }", "&format=json", null);
        assertFalse(ResultSetMgr.readBoolean(new ByteArrayInputStream(count.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON));
    }

    @Test
    void serviceCallsAreRefused() throws Exception {
        HttpResponse<String> response = get("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "",
                "application/sparql-results+json");
        assertClientError(response);
        assertTrue(response.body().contains("does not run federated queries"), response.body());
        assertFalse(response.body().contains("httpServiceAllowed"), "no server setting to change: " + response.body());
        HttpResponse<String> nested = get("SELECT * { { SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } } }",
                "", "application/sparql-results+json");
        assertClientError(nested);
        assertTrue(nested.body().contains("does not run federated queries"), nested.body());
    }

    @Test
    void noAdminEndpointsOrUserInterface() throws Exception {
        for (String path : List.of("/$/ping", "/$/datasets", "/$/server", "/$/stats", "/$/metrics", "/", "/index.html")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + path)).GET().build());
            assertEquals(404, response.statusCode(), path);
        }
    }

    @Test
    void crossOriginRequestsWithoutCredentials() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, preflight.statusCode());
        assertEquals("https://example.org", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        HttpRequest request = HttpRequest.newBuilder(get(PARAGRAPHS, "&format=json"))
                .header("Origin", "https://example.org").GET().build();
        HttpResponse<String> response = send(request);
        assertEquals(200, response.statusCode());
        assertEquals("https://example.org", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        // A page's script reads only the headers named here: the row cap must be among them.
        assertTrue(response.headers().allValues("Access-Control-Expose-Headers").stream()
                .flatMap(v -> List.of(v.split(",")).stream()).map(String::trim)
                .anyMatch(PublicQueryProcessor.MAX_ROWS_HEADER::equalsIgnoreCase), response.headers().toString());
    }

    @Test
    void aSecondServerOnTheSameStoreFailsWithAMessage() {
        StoreException failure = assertThrows(StoreException.class,
                () -> SparqlServer.builder(server.store()).config(Fixtures.config()).port(server.port()).start());
        assertTrue(failure.getMessage().contains(server.store().id()), failure.getMessage());
    }

    private static void assertClientError(HttpResponse<String> response) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                response.statusCode() + " " + response.body());
    }
}
