package org.unkg.serve.http;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place the site decides which format to answer in: the path's extension when it names one, else
 * {@code ?format=}, else the {@code Accept} header ({@link AcceptHeader}, with its q-values); and the 406 that says
 * what else there is.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /** The format a request asks for among those offered, in the server's order of preference; empty means 406. */
    public static Optional<Format> choose(HttpServletRequest request, List<Format> offered) {
        return choose(request, null, offered);
    }

    /**
     * The format a request asks for among those offered: {@code fromExtension} when the path's extension named one
     * (null when it did not), else {@code ?format=}, else {@code Accept}; empty means 406.
     */
    public static Optional<Format> choose(HttpServletRequest request, Format fromExtension, List<Format> offered) {
        if (fromExtension != null) {
            return Optional.of(fromExtension).filter(offered::contains);
        }
        String name = request.getParameter("format");
        if (name != null) {
            return Format.byName(name).filter(offered::contains);
        }
        return accept(request).choose(offered);
    }

    /** The request's {@code Accept} header; everything is acceptable without one. */
    public static AcceptHeader accept(HttpServletRequest request) {
        return AcceptHeader.parse(Collections.list(request.getHeaders("Accept")));
    }

    /**
     * Whether the client would rather read HTML than Turtle: a browser, which gets an HTML error page; {@code curl}
     * ({@code *}{@code /*}) gets plain text.
     */
    public static boolean prefersHtml(HttpServletRequest request) {
        AcceptHeader accept = accept(request);
        return accept.quality(Format.HTML) > accept.quality(Format.TURTLE);
    }

    /**
     * 406 in plain text: what was asked, and the formats {@code path} is served in, by {@code Accept}, by
     * {@code ?format=} and, when {@code extensions}, by the path's extension.
     */
    public static void notAcceptable(HttpServletRequest request, HttpServletResponse response, String path,
            List<Format> offered, boolean extensions) throws IOException {
        String parameter = request.getParameter("format");
        String asked = parameter != null ? "format=" + parameter : "Accept: " + request.getHeader("Accept");
        String types = offered.stream().map(f -> "  " + f.mediaType() + " (" + f.extension() + ")")
                .collect(Collectors.joining("\n"));
        response.addHeader("Vary", "Accept");
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("Not acceptable: " + asked + ".\n" + path + " is served as the following, by Accept,"
                + " by ?format=NAME" + (extensions ? " or by the extension " + path + ".NAME" : "") + ":\n" + types
                + "\n");
    }
}
