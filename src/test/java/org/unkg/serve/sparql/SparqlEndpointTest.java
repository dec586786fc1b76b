package org.unkg.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.unkg.testing.Http;
import org.unkg.testing.SampleSite;

/**
 * {@code /sparql} answers browsers with the editor and other clients with the service description, and still
 * answers every SPARQL request as Fuseki does.
 */
class SparqlEndpointTest {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String QUERY = "SELECT ?symbol WHERE { <https://w3id.org/unkg/id/document/S/RES/2195(2014)> "
            + "<https://w3id.org/unkg/ontology#symbol> ?symbol }";

    private static String endpoint() {
        return SampleSite.server().endpointUrl();
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String header(HttpResponse<byte[]> response, String name) {
        return String.join(", ", response.headers().allValues(name));
    }

    @Test
    void aBrowserGetsTheEditorWithTheGallery() {
        HttpResponse<byte[]> page = Http.get(endpoint(), "Accept", Http.BROWSER_ACCEPT, "Accept-Language", "zh-CN");
        assertEquals(200, page.statusCode());
        assertTrue(header(page, "Content-Type").startsWith("text/html"));
        assertTrue(header(page, "Vary").contains("Accept"), header(page, "Vary"));
        assertTrue(header(page, "Content-Security-Policy").contains("script-src 'self'"));
        String html = body(page);
        assertTrue(html.contains("<html lang=\"zh\">"));
        assertTrue(html.contains("/webjars/zazuko__yasgui/"), "the editor's script");
        assertTrue(html.contains("src=\"/static/sparql.js\""));
        assertFalse(html.replaceAll("<script src=\"[^\"]*\"></script>", "").contains("<script"),
                "no inline script");
        assertFalse(html.contains(" style="), "no style attribute");
        Gallery gallery = Gallery.load();
        assertEquals(gallery.examples().size(), count(html, "<button type=\"button\" class=\"example\""));
        for (Gallery.Example example : gallery.examples()) {
            assertTrue(html.contains(">" + escape(example.label("zh")) + "</button>"), example.id());
        }
        JsonObject config = config(html);
        assertEquals(endpoint(), config.get("endpoint").getAsString().value());
        assertEquals("https://w3id.org/unkg/ontology#",
                config.get("prefixes").getAsObject().get("unkg").getAsString().value());
        assertTrue(config.get("classes").getAsArray().size() > 20);
        assertEquals("", config.get("query").getAsString().value());
        assertEquals(gallery.examples().get(0).query(), config.get("defaultQuery").getAsString().value());
    }

    @Test
    void aQueryInTheAddressOpensInTheEditorForABrowser() {
        HttpResponse<byte[]> page = Http.get(endpoint() + "?query=" + Http.encode(QUERY),
                "Accept", Http.BROWSER_ACCEPT);
        assertEquals(200, page.statusCode());
        assertTrue(header(page, "Content-Type").startsWith("text/html"));
        assertEquals(QUERY, config(body(page)).get("query").getAsString().value());
    }

    @Test
    void sparqlClientsGetAnswersAsBefore() {
        String url = endpoint() + "?query=" + Http.encode(QUERY);
        for (String accept : List.of("application/sparql-results+json", "*/*", "text/csv")) {
            HttpResponse<byte[]> answer = Http.get(url, "Accept", accept);
            assertEquals(200, answer.statusCode(), accept);
            assertTrue(body(answer).contains("S/RES/2195 (2014)"), accept + ": " + body(answer));
            assertFalse(header(answer, "Content-Type").startsWith("text/html"), accept);
        }
        HttpResponse<byte[]> noAccept = Http.get(url);
        assertTrue(header(noAccept, "Content-Type").startsWith("application/sparql-results+"),
                header(noAccept, "Content-Type"));
        assertTrue(body(noAccept).contains("S/RES/2195 (2014)"));
        HttpResponse<byte[]> named = Http.get(url + "&format=json", "Accept", Http.BROWSER_ACCEPT);
        assertTrue(header(named, "Content-Type").startsWith("application/sparql-results+json"), "format= wins");
        HttpResponse<byte[]> posted = Http.post(endpoint(), "application/sparql-query", QUERY,
                "Accept", "application/sparql-results+json");
        assertEquals(200, posted.statusCode());
        assertTrue(body(posted).contains("S/RES/2195 (2014)"));
        HttpResponse<byte[]> form = Http.post(endpoint(), "application/x-www-form-urlencoded",
                "query=" + Http.encode(QUERY), "Accept", Http.BROWSER_ACCEPT);
        assertEquals(200, form.statusCode());
        assertTrue(body(form).contains("S/RES/2195 (2014)"), "a POST is always a query");
        assertEquals(400, Http.get(endpoint() + "?query=" + Http.encode("SELEKT nothing"),
                "Accept", "application/sparql-results+json").statusCode());
    }

    @Test
    void otherClientsGetTheServiceDescription() {
        Model turtle = description(Http.get(endpoint()), Lang.TURTLE, "text/turtle");
        Resource service = turtle.listSubjectsWithProperty(RDF.type, turtle.createResource(SD + "Service"))
                .nextOptional().orElseThrow();
        assertEquals(endpoint(), service.getPropertyResourceValue(turtle.createProperty(SD, "endpoint")).getURI());
        assertTrue(service.hasProperty(turtle.createProperty(SD, "supportedLanguage"),
                turtle.createResource(SD + "SPARQL11Query")));
        assertTrue(service.hasProperty(turtle.createProperty(SD, "feature"),
                turtle.createResource(SD + "UnionDefaultGraph")));
        assertTrue(service.hasProperty(turtle.createProperty(SD, "extensionFunction"),
                turtle.createResource("http://jena.apache.org/text#query")));
        assertTrue(service.listProperties(turtle.createProperty(SD, "resultFormat")).toList().size() >= 4);
        Resource dataset = service.getPropertyResourceValue(turtle.createProperty(SD, "defaultDataset"));
        assertTrue(dataset.hasProperty(RDF.type, turtle.createResource(SD + "Dataset")));
        assertTrue(dataset.hasProperty(turtle.createProperty("http://www.w3.org/2000/01/rdf-schema#seeAlso"),
                turtle.createResource(SampleSite.url("/.well-known/void"))), "the dataset's VoID");

        Map<String, Lang> formats = Map.of("application/ld+json", Lang.JSONLD, "application/rdf+xml", Lang.RDFXML,
                "application/n-triples", Lang.NTRIPLES, "text/turtle", Lang.TURTLE);
        formats.forEach((type, lang) -> {
            Model model = description(Http.get(endpoint(), "Accept", type), lang, type);
            assertTrue(model.isIsomorphicWith(turtle), type);
        });
        Model byName = description(Http.get(endpoint() + "?format=jsonld", "Accept", "text/turtle"), Lang.JSONLD,
                "application/ld+json");
        assertTrue(byName.isIsomorphicWith(turtle));
        HttpResponse<byte[]> head = Http.send("HEAD", endpoint());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
    }

    @Test
    void aTypeItCannotGiveIsRefused() {
        HttpResponse<byte[]> refused = Http.get(endpoint(), "Accept", "image/png");
        assertEquals(406, refused.statusCode());
        assertTrue(body(refused).contains("text/turtle"), body(refused));
    }

    @Test
    void theGalleryFileIsServed() {
        HttpResponse<byte[]> file = Http.get(SampleSite.url(SparqlModule.GALLERY_PATH));
        assertEquals(200, file.statusCode());
        assertEquals("text/turtle; charset=utf-8", header(file, "Content-Type"));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(file.body())).lang(Lang.TURTLE).parse(model);
        assertTrue(model.isIsomorphicWith(Gallery.load().model()));
    }

    private static Model description(HttpResponse<byte[]> response, Lang lang, String type) {
        assertEquals(200, response.statusCode(), type);
        assertTrue(header(response, "Content-Type").startsWith(type), header(response, "Content-Type"));
        assertTrue(header(response, "Vary").contains("Accept"));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).parse(model);
        return model;
    }

    static JsonObject config(String html) {
        Matcher m = Pattern.compile("data-config=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "data-config");
        String json = m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'").replace("&amp;", "&");
        return JSON.parse(json);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
