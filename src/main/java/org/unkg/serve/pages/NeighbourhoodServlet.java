package org.unkg.serve.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unkg.serve.http.Etags;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.lod.Descriptions;
import org.unkg.serve.lod.LinkedData;
import org.unkg.serve.lod.LocalPaths;
import org.unkg.serve.site.PageLanguage;

/**
 * {@code /api/neighbourhood?iri=IRI&lang=en}: the graph viewer's data ({@link Neighbourhood}) as JSON; 404 for an IRI
 * the store does not know or that has no page here.
 */
final class NeighbourhoodServlet extends HttpServlet {

    static final String PATH = "/api/neighbourhood";

    private final transient LocalPaths paths;
    private final transient Descriptions descriptions;
    private final transient Neighbourhood neighbourhood;

    NeighbourhoodServlet(LocalPaths paths, Descriptions descriptions, Neighbourhood neighbourhood) {
        this.paths = paths;
        this.descriptions = descriptions;
        this.neighbourhood = neighbourhood;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LinkedData.cors(response);
        String iri = request.getParameter("iri");
        if (iri == null || !paths.isLocal(iri) || !StoreQueries.holdable(iri) || !descriptions.exists(iri)) {
            LinkedData.plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: iri=" + iri
                    + "\nGive the IRI of a thing under " + paths.base() + " the dataset knows: " + PATH
                    + "?iri=IRI&lang=en|zh\n");
            return;
        }
        String lang = PageLanguage.of(request);
        if (!PageLanguage.explicit(request)) {
            response.addHeader("Vary", "Accept-Language");
        }
        byte[] body = neighbourhood.of(iri, lang).toString().getBytes(StandardCharsets.UTF_8);
        String etag = Etags.of(body);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (Etags.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
