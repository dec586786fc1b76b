package org.unkg.serve.pages;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.lod.Descriptions;
import org.unkg.serve.lod.LinkedData;
import org.unkg.serve.lod.LocalPaths;
import org.unkg.serve.lod.NotFound;
import org.unkg.serve.lod.RequestedIri;
import org.unkg.serve.site.Chrome;
import org.unkg.serve.site.HtmlResponse;
import org.unkg.serve.site.PageLanguage;

/**
 * {@code /page/X}: the HTML page of {@code {base}id/X} ({@code /page/graph/X}: of the named graph {@code {base}graph/X})
 * in the reader's language ({@code ?lang=}, else {@code Accept-Language}). {@code ?inv=PROPERTY&offset=N} pages
 * through the things that link to it with a property, {@code ?out=PROPERTY&offset=N} through a property's values.
 */
final class PageServlet extends HttpServlet {

    static final String PREFIX = "/page/";
    private static final long MAX_OFFSET = 10_000_000;

    private final transient LocalPaths paths;
    private final transient Descriptions descriptions;
    private final transient EntityPageBuilder builder;
    private final transient NotFound notFound;

    PageServlet(LocalPaths paths, Descriptions descriptions, EntityPageBuilder builder, NotFound notFound) {
        this.paths = paths;
        this.descriptions = descriptions;
        this.builder = builder;
        this.notFound = notFound;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LinkedData.cors(response);
        Optional<RequestedIri> requested = RequestedIri.of(request, PREFIX, false, false, paths, descriptions);
        if (requested.isEmpty()) {
            notFound.send(request, response, true);
            return;
        }
        String iri = requested.get().iri();
        String lang = PageLanguage.of(request);
        EntityPage page;
        EntityCounts counts;
        try {
            page = builder.build(iri, lang, paging(request));
            counts = builder.counts(iri, lang);
        } catch (QueryCancelledException e) {
            HtmlResponse.error(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    PageMessages.of(lang).get("timeout"));
            return;
        }
        response.setHeader("Link", LinkedData.links(iri, paths, LinkedData.ALL));
        HtmlResponse.write(request, response, HttpServletResponse.SC_OK, "entity", Chrome.of(request, null),
                Map.of("page", page, "counts", counts, "m", PageMessages.of(lang)));
    }

    private static EntityPageBuilder.Paging paging(HttpServletRequest request) {
        String out = property(request.getParameter("out"));
        String inv = property(request.getParameter("inv"));
        if (out == null && inv == null) {
            return EntityPageBuilder.Paging.NONE;
        }
        long offset = 0;
        String text = request.getParameter("offset");
        if (text != null) {
            try {
                offset = Math.min(MAX_OFFSET, Math.max(0, Long.parseLong(text.trim())));
            } catch (NumberFormatException e) {
                offset = 0;
            }
        }
        return new EntityPageBuilder.Paging(out, inv, offset);
    }

    /** A property IRI from a parameter; null when absent or not an IRI. */
    private static String property(String value) {
        return value != null && StoreQueries.holdable(value) && value.contains(":") ? value : null;
    }
}
