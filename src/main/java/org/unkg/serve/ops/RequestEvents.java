package org.unkg.serve.ops;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EventsHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The outermost handler of the server: every answer, those Jetty gives itself (a body too large, a queue that is
 * full) as well as the servlets', carries the dataset version, and is counted in the metrics with its latency from
 * the first byte read. While the server drains, answers also close their connection, so that a balancer's pooled
 * connections to this server are gone by the time it stops listening.
 */
final class RequestEvents extends EventsHandler {

    private final DatasetVersion version;
    private final Readiness readiness;
    private final ServerMetrics metrics;

    RequestEvents(Handler next, DatasetVersion version, Readiness readiness, ServerMetrics metrics) {
        super(next);
        this.version = version;
        this.readiness = readiness;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put(DatasetVersion.HEADER, version.version());
        if (readiness.draining()) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        return super.handle(request, response, callback);
    }

    @Override
    protected void onBeforeHandling(Request request) {
        metrics.requestStarted();
    }

    @Override
    protected void onComplete(Request request, int status, HttpFields headers, Throwable failure) {
        metrics.requestEnded(Routes.method(request.getMethod()), Routes.of(Request.getPathInContext(request)),
                status, System.nanoTime() - request.getBeginNanoTime());
    }
}
