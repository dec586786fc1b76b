package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.Fixtures;
import org.unkg.load.InputFile;
import org.unkg.load.Store;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreLayout;

/** Further HTTP handlers join the server as Fuseki modules, next to the SPARQL endpoint. */
class ServerModuleTest {

    @TempDir
    Path tmp;

    /** Stands for the linked-data pages to come. */
    private static final class PagesModule implements FusekiModule {

        @Override
        public String name() {
            return "test pages";
        }

        @Override
        public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
            builder.addServlet("/page/*", new HttpServlet() {
                @Override
                protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    response.setContentType("text/plain");
                    response.getWriter().print("page " + request.getPathInfo());
                }
            });
        }
    }

    @Test
    void aModuleAddsAServletBesideTheEndpoint() throws Exception {
        Store store = new StoreBuilder(new StoreLayout(tmp.resolve("db")), Fixtures.config())
                .build(List.of(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, tmp))))
                .store();
        try (SparqlServer server = SparqlServer.builder(store).config(Fixtures.config()).port(0)
                .module(new PagesModule()).start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + "/page/S/RES/1373(2001)")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertEquals("page /S/RES/1373(2001)", page.body());

            String ask = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
            HttpResponse<String> sparql = http.send(HttpRequest.newBuilder(
                    URI.create(server.endpointUrl() + "?query=" + ask + "&format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, sparql.statusCode());
        }
    }
}
