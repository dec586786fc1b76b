package org.unkg.serve.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request reached the server at, {@code http://localhost:3030}: descriptions of the dataset and the
 * endpoint give their addresses (endpoint, dump) on the host the client used. A {@code Host} header that is not a
 * host name or address yields {@code http://localhost} and the port, so that it can never inject text into an IRI.
 */
public final class Origin {

    private Origin() {
    }

    /** The scheme, host and port of the request, without a trailing slash. */
    public static String of(HttpServletRequest request) {
        String scheme = "https".equalsIgnoreCase(request.getScheme()) ? "https" : "http";
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        if (!host.matches("[a-z0-9.-]+|\\[[0-9a-f:.]+\\]")) {
            host = "localhost";
        }
        boolean defaultPort = port <= 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        try {
            return new URI(scheme, null, host.replaceAll("^\\[|\\]$", ""), defaultPort ? -1 : port, null, null, null)
                    .toString();
        } catch (URISyntaxException e) {
            return scheme + "://localhost" + (defaultPort ? "" : ":" + port);
        }
    }
}
