package org.unkg.serve.ops;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.unkg.serve.http.Etags;

/**
 * Makes the entity tags of the site's pages and data derive from the dataset version ({@link DatasetVersion#entityTag}):
 * whatever tag a servlet computes for its answer is replaced by the version's tag for the request's variant (its
 * address and the headers answers are negotiated on), and an {@code If-None-Match} that names that tag is passed to
 * the servlet as {@code *}, so that it answers 304 with the headers of its 200. Every replica serving the same image
 * then gives the same tag for the same representation, a new image changes them all, and caches in front may keep
 * answers across replicas.
 *
 * <p>The dump keeps its own tags, taken from its SHA-256 (which its range requests are checked against).
 */
final class EntityTagFilter implements Filter {

    private static final String ETAG = "ETag";
    private static final String IF_NONE_MATCH = "If-None-Match";
    private static final String DUMPS = "/dumps";

    private final DatasetVersion version;

    EntityTagFilter(DatasetVersion version) {
        this.version = version;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)
                || !("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))
                || http.getRequestURI().startsWith(DUMPS)) {
            chain.doFilter(request, response);
            return;
        }
        String tag = version.entityTag(variant(http));
        boolean matched = Etags.matches(http.getHeader(IF_NONE_MATCH), tag);
        chain.doFilter(new Conditional(http, matched), new Tagged(answer, tag));
    }

    /** What a representation depends on besides the data and the program. */
    static String variant(HttpServletRequest request) {
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        return String.join("\n", request.getScheme(), host, request.getRequestURI(),
                String.valueOf(request.getQueryString()),
                String.join(",", Collections.list(request.getHeaders("Accept"))),
                String.join(",", Collections.list(request.getHeaders("Accept-Language"))));
    }

    /** The request as the servlet sees it: {@code If-None-Match: *} when the client has this version's answer. */
    private static final class Conditional extends HttpServletRequestWrapper {

        private final boolean matched;

        Conditional(HttpServletRequest request, boolean matched) {
            super(request);
            this.matched = matched;
        }

        @Override
        public String getHeader(String name) {
            return IF_NONE_MATCH.equalsIgnoreCase(name) ? (matched ? "*" : null) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!IF_NONE_MATCH.equalsIgnoreCase(name)) {
                return super.getHeaders(name);
            }
            return matched ? Collections.enumeration(java.util.List.of("*")) : Collections.emptyEnumeration();
        }
    }

    /** The response with the version's tag in place of any the servlet sets. */
    private static final class Tagged extends HttpServletResponseWrapper {

        private final String tag;

        Tagged(HttpServletResponse response, String tag) {
            super(response);
            this.tag = tag;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, ETAG.equalsIgnoreCase(name) && value != null ? tag : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (ETAG.equalsIgnoreCase(name)) {
                super.setHeader(ETAG, tag);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
