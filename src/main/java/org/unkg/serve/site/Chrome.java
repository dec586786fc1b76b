package org.unkg.serve.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the layout around every page needs: the page's language and words, the link that shows the same page in the
 * other language, the search box's current query, and the addresses of the site's own files.
 *
 * @param lang the page's language, {@code en} or {@code zh}
 * @param t the page's words in that language ({@link SiteMessages})
 * @param otherLang the language the switch leads to
 * @param switchHref the same address with {@code lang} set to the other language
 * @param query the text in the search box, empty if none
 */
public record Chrome(String lang, Map<String, String> t, String otherLang, String switchHref, String query) {

    /** The chrome of a page answering a request; {@code query} is what the search box shows. */
    public static Chrome of(HttpServletRequest request, String query) {
        String lang = PageLanguage.of(request);
        String other = PageLanguage.other(lang);
        return new Chrome(lang, SiteMessages.of(lang), other, withLanguage(request, other),
                query == null ? "" : query);
    }

    /** The request's path and query with {@code lang} replaced. */
    static String withLanguage(HttpServletRequest request, String lang) {
        StringBuilder href = new StringBuilder(request.getRequestURI()).append("?");
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=")) {
                    href.append(pair).append('&');
                }
            }
        }
        return href.append("lang=").append(URLEncoder.encode(lang, StandardCharsets.UTF_8)).toString();
    }

    /** The address of a WebJar file, for templates: {@code chrome.webjar("cytoscape", "dist/cytoscape.min.js")}. */
    public String webjar(String webJar, String file) {
        return WebJars.path(webJar, file);
    }
}
