package org.unkg.serve.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.serve.http.Etags;
import org.unkg.serve.site.PageLanguage;

/**
 * How the explorer's API answers: JSON open to any origin, with an entity tag (a repeated request with
 * {@code If-None-Match} gets 304), revalidated at each use since a new load changes every answer, and varying on
 * {@code Accept-Language} unless {@code lang} chose the language; a refusal is plain text that says what to send.
 */
final class JsonAnswers {

    private JsonAnswers() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, JsonObject answer)
            throws IOException {
        open(response);
        if (!PageLanguage.explicit(request)) {
            response.addHeader("Vary", "Accept-Language");
        }
        byte[] body = JSON.toStringFlat(answer).getBytes(StandardCharsets.UTF_8);
        String etag = Etags.of(body);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        if (Etags.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        open(response);
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().write(message + "\n");
    }

    private static void open(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "Content-Language, Content-Type, ETag, Vary");
    }
}
