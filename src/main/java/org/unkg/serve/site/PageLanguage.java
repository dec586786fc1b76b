package org.unkg.serve.site;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language a page is written in for a request: {@code ?lang=zh} or {@code ?lang=en} if given, else the best
 * match of {@code Accept-Language}, else English. Labels in the data fall back to the other language, then to any.
 */
public final class PageLanguage {

    /** The languages of the pages, the default first. */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    private PageLanguage() {
    }

    /** Whether the request chose its language with {@code ?lang=}, so that the answer does not vary on the header. */
    public static boolean explicit(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        return asked != null && LANGUAGES.contains(asked);
    }

    public static String of(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if (asked != null && LANGUAGES.contains(asked)) {
            return asked;
        }
        String header = String.join(",", Collections.list(request.getHeaders("Accept-Language")));
        if (!header.isBlank()) {
            try {
                String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), LANGUAGES);
                if (tag != null) {
                    return tag;
                }
            } catch (IllegalArgumentException e) {
                // A malformed header asks for nothing in particular.
            }
        }
        return LANGUAGES.get(0);
    }

    /** The other language of the switch on every page. */
    public static String other(String lang) {
        return lang.equals("zh") ? "en" : "zh";
    }
}
