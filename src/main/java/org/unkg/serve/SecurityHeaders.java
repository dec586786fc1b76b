package org.unkg.serve;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the server's security headers on every answer, before any servlet writes it: the single place where the
 * site's Content-Security-Policy is stated. As a servlet filter on {@code /*} it covers what the servlets answer, and
 * {@link #outermost} covers what Jetty answers itself.
 *
 * <p>The policy allows scripts, styles, images and requests from this server only, and no inline script or style:
 * pages load their code and styles as files. It is set on every answer, not only on HTML: on JSON or Turtle it is
 * inert, and set up front it cannot be missed by whatever writes an HTML answer (a servlet, a static file, an error
 * page). A servlet that needs another policy for one page replaces the header with {@code setHeader}.
 */
public final class SecurityHeaders implements Filter {

    /** What the site's pages may load and do. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /** The headers and their values, in the order they are set. */
    static final Map<String, String> HEADERS = headers();

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        // A browser must take a result for what its Content-Type says, never guess it is a page or a script.
        headers.put("X-Content-Type-Options", "nosniff");
        // Links out of the pages tell other sites where the reader came from, but not which query or page.
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // frame-ancestors says the same to browsers that know CSP; this one to those that do not.
        headers.put("X-Frame-Options", "DENY");
        return Collections.unmodifiableMap(headers);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            HEADERS.forEach(http::setHeader);
        }
        chain.doFilter(request, response);
    }

    /**
     * The same headers for what Jetty answers before a request reaches the servlets (a body too large, a queue that
     * is full): its error pages are HTML too.
     */
    static Handler outermost(Handler next) {
        return new Handler.Wrapper(next) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                HEADERS.forEach(response.getHeaders()::put);
                return super.handle(request, response, callback);
            }
        };
    }
}
