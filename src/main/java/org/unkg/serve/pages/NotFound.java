package org.unkg.serve.pages;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unkg.serve.site.HtmlResponse;
import org.unkg.serve.site.PageLanguage;

/**
 * 404 for an IRI the store knows nothing of: an HTML page in the layout for a browser, with a link to the search,
 * plain text for any other client.
 */
final class NotFound {

    private final LocalPaths paths;

    NotFound(LocalPaths paths) {
        this.paths = paths;
    }

    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, Negotiation.prefersHtml(request));
    }

    void send(HttpServletRequest request, HttpServletResponse response, boolean html) throws IOException {
        response.setHeader("Cache-Control", "no-cache");
        String lang = PageLanguage.of(request);
        String path = request.getRequestURI();
        if (html) {
            HtmlResponse.error(request, response, HttpServletResponse.SC_NOT_FOUND,
                    PageMessages.of(lang).get("notFound").replace("{path}", path));
        } else {
            Negotiation.plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + path
                    + "\nThe dataset has no statement about the IRI under " + paths.base() + " that this path names."
                    + "\nSearch: /search?q=WORDS  SPARQL: /sparql\n");
        }
    }
}
