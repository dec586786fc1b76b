package org.unkg.serve.sparql;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unkg.serve.http.AcceptHeader;
import org.unkg.serve.http.Format;
import org.unkg.serve.http.Origin;
import org.unkg.serve.http.RdfResponse;

/**
 * Stands in front of Fuseki's dispatch at {@code /sparql} and answers the two requests that are not SPARQL
 * operations; everything else goes on to Fuseki unchanged:
 * <ul>
 * <li>a GET or HEAD without a query: the SPARQL editor for a browser (that names {@code text/html} in {@code Accept}),
 * else the service description in Turtle, JSON-LD, RDF/XML or N-Triples by {@code Accept} or {@code ?format=}
 * (Turtle by default; 406 for a type none of them is);</li>
 * <li>a GET with {@code ?query=} from a browser: the editor holding that query, so that a link to a query opens
 * it in the editor. A client that prefers a result format, or names one with {@code format=} or {@code output=},
 * gets the results from Fuseki.</li>
 * </ul>
 */
final class SparqlFrontFilter implements Filter {

    /** What the endpoint is asked for without a query, in the order preferred; HTML only when named. */
    private static final List<Format> OFFERED = List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML,
            Format.NTRIPLES, Format.HTML);

    /** The media types of SPARQL answers: a client naming one of them above HTML wants answers, not a page. */
    private static final List<String> ANSWER_TYPES = List.of("application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values", "application/json",
            "application/xml", "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
            "application/trig", "application/n-quads", "text/plain");

    /** A type nothing names, to tell the quality a header gives any type from the one it gives HTML by name. */
    private static final String UNNAMED = "application/x-unkg-unnamed";

    private final EditorPage editor;
    private final ServiceDescription description;

    SparqlFrontFilter(EditorPage editor, ServiceDescription description) {
        this.editor = editor;
        this.description = description;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || operation(request)) {
            chain.doFilter(req, resp);
            return;
        }
        String query = request.getParameter("query");
        boolean page = request.getParameter("format") == null && request.getParameter("output") == null
                && wantsPage(AcceptHeader.parse(Collections.list(request.getHeaders("Accept"))));
        if (query != null) {
            if (page) {
                editor.write(request, response, query);
            } else {
                chain.doFilter(req, resp);
            }
            return;
        }
        Optional<Format> format = page ? Optional.of(Format.HTML) : RdfResponse.negotiate(request, OFFERED);
        if (format.isEmpty()) {
            RdfResponse.notAcceptable(request, response, OFFERED);
        } else if (format.get() == Format.HTML) {
            editor.write(request, response, null);
        } else {
            RdfResponse.write(request, response, description.bytes(Origin.of(request), format.get()), format.get());
        }
    }

    /** Whether the request names another SPARQL protocol operation, which Fuseki answers (or refuses). */
    private static boolean operation(HttpServletRequest request) {
        return request.getParameter("update") != null || request.getParameter("request") != null
                || request.getParameter("graph") != null || request.getParameter("default") != null;
    }

    /** Whether the header names HTML itself, at least as high as any type of SPARQL answers. */
    static boolean wantsPage(AcceptHeader accept) {
        double html = Math.max(accept.quality("text/html"), accept.quality("application/xhtml+xml"));
        if (html <= 0 || html <= accept.quality(UNNAMED)) {
            return false;
        }
        for (String type : ANSWER_TYPES) {
            if (accept.quality(type) > html) {
                return false;
            }
        }
        return true;
    }
}
