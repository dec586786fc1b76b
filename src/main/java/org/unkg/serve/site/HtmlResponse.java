package org.unkg.serve.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unkg.serve.http.Etags;

/**
 * Writes a rendered page: UTF-8, its language, what it varies on, an entity tag (a repeated request with
 * {@code If-None-Match} gets 304), and no caching beyond revalidation, since a new load changes every page.
 */
public final class HtmlResponse {

    private HtmlResponse() {
    }

    /** Renders {@code template} with {@code values} and writes it with {@code status}. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String template,
            Chrome chrome, Map<String, ?> values) throws IOException {
        write(request, response, status, Templates.get().render(template, chrome, values), chrome.lang());
    }

    /** Writes an HTML page already rendered. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String html,
            String lang) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String etag = Etags.of(body);
        response.setHeader("Content-Language", lang);
        if (!PageLanguage.explicit(request)) {
            response.addHeader("Vary", "Accept-Language");
        }
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (status == HttpServletResponse.SC_OK && Etags.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** An HTML error page in the layout: 404 for an unknown entity, say, with a message in the reader's language. */
    public static void error(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        Chrome chrome = Chrome.of(request, null);
        write(request, response, status, "error", chrome, Map.of("status", status, "message", message));
    }
}
