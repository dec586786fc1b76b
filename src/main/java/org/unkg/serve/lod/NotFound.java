package org.unkg.serve.lod;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unkg.serve.http.Negotiation;
import org.unkg.serve.site.HtmlResponse;
import org.unkg.serve.site.PageLanguage;
import org.unkg.serve.site.SiteMessages;

/**
 * 404 for an IRI the store knows nothing of: an HTML page in the layout for a browser, with a link to the search,
 * plain text for any other client.
 */
public final class NotFound {

    private final LocalPaths paths;

    public NotFound(LocalPaths paths) {
        this.paths = paths;
    }

    public void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, Negotiation.prefersHtml(request));
    }

    public void send(HttpServletRequest request, HttpServletResponse response, boolean html) throws IOException {
        response.setHeader("Cache-Control", "no-cache");
        String lang = PageLanguage.of(request);
        String path = request.getRequestURI();
        if (html) {
            HtmlResponse.error(request, response, HttpServletResponse.SC_NOT_FOUND,
                    SiteMessages.of(lang).get("data.notFound").replace("{path}", path));
        } else {
            LinkedData.plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + path
                    + "\nThe dataset has no statement about the IRI under " + paths.base() + " that this path names."
                    + "\nSearch: /search?q=WORDS  SPARQL: /sparql\n");
        }
    }
}
