package org.unkg.serve.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.common.Version;

/**
 * {@code /health/live} and {@code /health/ready}, for a balancer's health checks and an orchestrator's probes. Live
 * answers 200 for as long as the process serves at all; ready answers 200 only while the server should be sent
 * traffic ({@link Readiness}), else 503. Both say the state and the dataset version in a small JSON object, and are
 * never cached.
 */
final class HealthServlet extends HttpServlet {

    static final String LIVE = "/health/live";
    static final String READY = "/health/ready";

    private final boolean readinessCheck;
    private final DatasetVersion version;
    private final Readiness readiness;

    HealthServlet(boolean readinessCheck, DatasetVersion version, Readiness readiness) {
        this.readinessCheck = readinessCheck;
        this.version = version;
        this.readiness = readiness;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Readiness.State state = readiness.state();
        boolean ok = !readinessCheck || state == Readiness.State.READY;
        JsonObject body = new JsonObject();
        body.put("status", readinessCheck ? (ok ? "ready" : "not ready") : "live");
        body.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
        body.put("datasetVersion", version.version());
        body.put("program", Version.current());
        byte[] bytes = (body.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(ok ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }
}
