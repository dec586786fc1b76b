package org.unkg.serve.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a search asks, read from {@code /search?q=...&in=zh|en|any&type=...&from=YYYY&to=YYYY&page=N}: the words
 * (Lucene's query syntax: phrases in quotes, AND, OR, NOT, a trailing *), the language of the passages ({@code any}
 * searches both, each with its own analyzer), the document type (the local name of a class of the ontology, such as
 * {@code Resolution}), the years of the documents' dates, and the page of results. {@code lang} stays what it is on
 * every page, the language the page is written in. Values that cannot be read are ignored rather than refused.
 *
 * @param q    the words, trimmed; empty when nothing is asked
 * @param in   {@code zh}, {@code en} or {@code any}
 * @param type a class's local name, or empty for every type
 * @param from the first year, or null
 * @param to   the last year, or null
 * @param page the page, from 1
 */
public record SearchRequest(String q, String in, String type, Integer from, Integer to, int page) {

    /** The languages passages are searched in. */
    public static final List<String> LANGUAGES = List.of("zh", "en");
    /** Results on a page. */
    public static final int PAGE_SIZE = 20;

    private static final int MAX_QUERY = 500;
    private static final Set<String> IN = Set.of("zh", "en", "any");

    static SearchRequest of(HttpServletRequest request) {
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        String in = request.getParameter("in");
        String type = request.getParameter("type");
        return new SearchRequest(q, in != null && IN.contains(in) ? in : "any",
                type != null && type.matches("[A-Za-z]{1,40}") ? type : "",
                year(request.getParameter("from")), year(request.getParameter("to")),
                Math.max(1, Math.min(1000, number(request.getParameter("page"), 1))));
    }

    /** The languages this request searches. */
    public List<String> languages() {
        return in.equals("any") ? LANGUAGES : List.of(in);
    }

    /** The same search on another page, as a query string with the page's language. */
    public String href(int otherPage, String lang) {
        StringBuilder href = new StringBuilder("/search?q=").append(encode(q));
        if (!in.equals("any")) {
            href.append("&in=").append(in);
        }
        if (!type.isEmpty()) {
            href.append("&type=").append(encode(type));
        }
        if (from != null) {
            href.append("&from=").append(from);
        }
        if (to != null) {
            href.append("&to=").append(to);
        }
        if (otherPage > 1) {
            href.append("&page=").append(otherPage);
        }
        return href.append("&lang=").append(lang).toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Integer year(String s) {
        return s != null && s.strip().matches("\\d{4}") ? Integer.valueOf(s.strip()) : null;
    }

    private static int number(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
