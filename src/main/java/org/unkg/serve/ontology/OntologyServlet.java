package org.unkg.serve.ontology;

import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unkg.serve.http.Etags;
import org.unkg.serve.http.Format;
import org.unkg.serve.http.Negotiation;
import org.unkg.serve.ontology.OntologySite.Document;
import org.unkg.serve.ontology.OntologySite.Route;
import org.unkg.serve.ontology.PublishedGraph.Representation;
import org.unkg.serve.site.PageLanguage;

/**
 * Answers GET and HEAD for the ontology and its shapes (see {@link OntologySite} for the paths).
 *
 * <p>The format comes from the path's extension, else from {@code ?format=}, else from {@code Accept} (with q-values;
 * none means Turtle); a format the document does not have is 406. The HTML page's language comes from {@code ?lang=},
 * else from {@code Accept-Language}, else English. Every answer is open to any origin, without credentials; negotiated
 * ones say what they vary on and where each format stays ({@code Content-Location}, {@code Link}). The security
 * headers, the page's Content-Security-Policy among them, come from the server's
 * {@link org.unkg.serve.SecurityHeaders} filter.
 */
final class OntologyServlet extends HttpServlet {

    private final transient OntologySite site;

    OntologyServlet(OntologySite site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers",
                "Content-Language, Content-Location, Content-Type, ETag, Link, Vary");
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Route> route = site.route(path);
        if (route.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + path + "\nThe ontology is at "
                    + site.ontology().path() + ", its SHACL shapes at " + site.shapes().path() + ".\n");
            return;
        }
        Document document = route.get().document();
        boolean negotiated = route.get().format() == null;
        String langParameter = request.getParameter("lang");
        String lang = langParameter != null && OntologyPageBuilder.LANGUAGES.contains(langParameter)
                ? langParameter : null;

        Format format = route.get().format();
        if (negotiated) {
            response.addHeader("Vary", document.offers(Format.HTML) ? "Accept, Accept-Language" : "Accept");
            Optional<Format> chosen = Negotiation.choose(request, document.formats());
            if (chosen.isEmpty()) {
                Negotiation.notAcceptable(request, response, document.path(), document.formats(), true);
                return;
            }
            format = chosen.get();
        } else if (format == Format.HTML && lang == null) {
            response.addHeader("Vary", "Accept-Language");
        }
        if (format == Format.HTML && lang == null) {
            lang = PageLanguage.of(request);
        }

        Representation representation = document.representation(format, lang);
        response.setHeader("ETag", representation.etag());
        response.setHeader("Cache-Control", "public, max-age=300");
        if (negotiated) {
            response.setHeader("Content-Location", document.path() + "." + format.extension());
        }
        response.setHeader("Link", links(document));
        if (format == Format.HTML) {
            response.setHeader("Content-Language", lang);
        }
        if (Etags.matches(request.getHeader("If-None-Match"), representation.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        response.setContentLength(representation.body().length);
        response.getOutputStream().write(representation.body());
    }

    /** {@code Link}: the document in each of its formats, and the licence of the ontology. */
    private static String links(Document document) {
        String alternates = document.formats().stream()
                .map(f -> "<" + document.path() + "." + f.extension() + ">; rel=\"alternate\"; type=\"" + f.mediaType()
                        + "\"")
                .collect(Collectors.joining(", "));
        StringBuilder links = new StringBuilder(alternates);
        links.append(", <").append(document.graph().iri()).append(">; rel=\"canonical\"");
        for (String licence : document.graph().licences()) {
            if (OntologyPageBuilder.safeHref(licence) != null) {
                links.append(", <").append(licence).append(">; rel=\"license\"");
            }
        }
        return links.toString();
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().write(message);
    }
}
