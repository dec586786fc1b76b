package org.unkg.serve.lod;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unkg.serve.http.Format;
import org.unkg.serve.http.Negotiation;
import org.unkg.serve.site.PageLanguage;

/**
 * Answers for the IRIs themselves, {@code /id/...} and {@code /graph/...}: 303 See Other to the page
 * ({@code /page/X}, keeping {@code ?lang=}) or to the RDF ({@code /data/X.ttl} and the other extensions), by
 * extension, {@code ?format=} or {@code Accept}. The IRI names a thing, not a document, hence the 303.
 */
final class DereferenceServlet extends HttpServlet {

    private final String prefix;
    private final boolean graphs;
    private final transient LocalPaths paths;
    private final transient Descriptions descriptions;
    private final transient NotFound notFound;

    DereferenceServlet(String prefix, boolean graphs, LocalPaths paths, Descriptions descriptions,
            NotFound notFound) {
        this.prefix = prefix;
        this.graphs = graphs;
        this.paths = paths;
        this.descriptions = descriptions;
        this.notFound = notFound;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LinkedData.cors(response);
        response.addHeader("Vary", "Accept");
        Optional<RequestedIri> requested = RequestedIri.of(request, prefix, graphs, true, paths, descriptions);
        if (requested.isEmpty()) {
            notFound.send(request, response);
            return;
        }
        String iri = requested.get().iri();
        response.setHeader("Link", LinkedData.links(iri, paths, LinkedData.ALL));
        Optional<Format> format = Negotiation.choose(request, requested.get().format(), LinkedData.ALL);
        if (format.isEmpty()) {
            Negotiation.notAcceptable(request, response, request.getRequestURI(), LinkedData.ALL, true);
            return;
        }
        String location;
        if (format.get() == Format.HTML) {
            location = paths.page(iri);
            if (PageLanguage.explicit(request)) {
                location += "?lang=" + request.getParameter("lang");
            }
        } else {
            location = paths.data(iri, format.get());
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().write("See " + location + "\n");
    }
}
