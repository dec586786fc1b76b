package org.unkg.serve.ops;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /metrics}: the {@link ServerMetrics} in the Prometheus text format (version 0.0.4), or in OpenMetrics for a
 * scraper that asks for {@code application/openmetrics-text}.
 */
final class MetricsServlet extends HttpServlet {

    static final String PATH = "/metrics";
    private static final String TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private final ServerMetrics metrics;

    MetricsServlet(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        String type = accept != null && accept.contains("application/openmetrics-text") ? OPEN_METRICS : TEXT;
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-store");
        metrics.scrape(response.getOutputStream(), type);
    }
}
