package org.unkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.Fixtures;
import org.unkg.load.InputFile;
import org.unkg.load.Store;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreLayout;
import org.unkg.serve.PublicServer;
import org.unkg.serve.SparqlServer;

/** The site's own files and the WebJars, served from the classpath by the public server. */
class SiteFilesTest {

    @TempDir
    static Path tmp;

    private static SparqlServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Store store = new StoreBuilder(new StoreLayout(tmp.resolve("db")), Fixtures.config())
                .build(List.of(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, tmp))))
                .store();
        server = PublicServer.builder(store).config(Fixtures.config()).port(0).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theStylesheetIsServedWithAValidator() throws Exception {
        HttpResponse<byte[]> css = get("/static/site.css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/static/site.css", "If-None-Match", etag).statusCode());
    }

    @Test
    void webJarsAreServedAtTheirVersionedAddress() throws Exception {
        String cytoscape = WebJars.path("cytoscape", "dist/cytoscape.min.js");
        assertTrue(cytoscape.matches("/webjars/cytoscape/\\d+\\.\\d+\\.\\d+/dist/cytoscape\\.min\\.js"), cytoscape);
        HttpResponse<byte[]> js = get(cytoscape);
        assertEquals(200, js.statusCode());
        assertEquals("text/javascript; charset=utf-8", js.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(js.body().length > 100_000, "the whole library");
        assertTrue(js.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));

        assertEquals(200, get(WebJars.path("zazuko__yasgui", "build/yasgui.min.js")).statusCode());
        assertEquals(200, get(WebJars.path("zazuko__yasgui", "build/yasgui.min.css")).statusCode());
    }

    @Test
    void nothingOutsideTheFoldersIsServed() throws Exception {
        for (String path : List.of("/static/", "/static/nothing.css", "/static/%2e%2e/site/messages.properties",
                "/static/..%2fmessages.properties", "/webjars/cytoscape/3.33.1/package.json.class",
                "/webjars/../log4j2.xml", "/static/site.peb")) {
            int status = get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }
}
