package org.unkg.serve.ops;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Counts the SPARQL queries being evaluated: requests to the endpoint that carry a query, once they have a place
 * (the filter runs past the queue of the server's limits, so queued ones are not counted here but as queued).
 */
final class QueriesRunning implements Filter {

    private final ServerMetrics metrics;

    QueriesRunning(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean query = request instanceof HttpServletRequest http
                && ("POST".equals(http.getMethod()) || http.getQueryString() != null
                        && http.getQueryString().contains("query="));
        if (!query) {
            chain.doFilter(request, response);
            return;
        }
        metrics.queryStarted();
        try {
            chain.doFilter(request, response);
        } finally {
            metrics.queryEnded();
        }
    }
}
