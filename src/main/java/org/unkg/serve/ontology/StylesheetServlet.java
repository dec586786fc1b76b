package org.unkg.serve.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unkg.serve.site.Etags;

/** Serves the documentation page's stylesheet from the classpath at {@value #PATH}. */
final class StylesheetServlet extends HttpServlet {

    static final String PATH = "/static/ontology.css";
    private static final String RESOURCE = "org/unkg/serve/ontology/ontology.css";

    private final byte[] css;
    private final String etag;

    StylesheetServlet() {
        try (InputStream in = StylesheetServlet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            css = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        etag = PublishedGraph.etag(css, "");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("ETag", etag);
        if (Etags.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/css; charset=utf-8");
        response.setContentLength(css.length);
        response.getOutputStream().write(css);
    }
}
