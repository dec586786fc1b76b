package org.unkg.serve.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.unkg.serve.site.Etags;

/**
 * The endpoint's human and self-describing side: at {@code /sparql}, the SPARQL editor with the query gallery for
 * browsers and the SPARQL 1.1 Service Description for other clients, in front of Fuseki, which still answers every
 * query ({@link SparqlFrontFilter}); and the gallery itself as Turtle at {@code /queries/gallery.ttl}.
 *
 * <pre>{@code
 * SparqlServer.builder(store).module(new SparqlModule()).start();
 * }</pre>
 */
public final class SparqlModule implements FusekiModule {

    /** Where the gallery's Turtle is served. */
    public static final String GALLERY_PATH = "/queries/gallery.ttl";

    @Override
    public String name() {
        return "UNKG SPARQL editor and service description";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        EditorPage editor = new EditorPage(Gallery.load(), OntologyTerms.load());
        SparqlFrontFilter filter = new SparqlFrontFilter(editor, new ServiceDescription());
        for (String name : datasetNames) {
            builder.addFilter(name.startsWith("/") ? name : "/" + name, filter);
        }
        builder.addServlet(GALLERY_PATH, new GalleryFile(bytes()));
    }

    private static byte[] bytes() {
        try (InputStream in = SparqlModule.class.getClassLoader().getResourceAsStream(Gallery.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(Gallery.RESOURCE + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Gallery.RESOURCE, e);
        }
    }

    /** The gallery file as it is, comments included. */
    private static final class GalleryFile extends HttpServlet {

        private final byte[] body;
        private final String etag;

        GalleryFile(byte[] body) {
            this.body = body;
            this.etag = Etags.of(body);
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Cache-Control", "public, max-age=300");
            response.setHeader("ETag", etag);
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (Etags.matches(request.getHeader("If-None-Match"), etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType("text/turtle; charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
