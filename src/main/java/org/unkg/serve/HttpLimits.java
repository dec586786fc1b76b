package org.unkg.serve;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Applies the HTTP side of {@link ServerLimits} to the Jetty server Fuseki has built, before it starts: header size,
 * idle connections and slow bodies on every connector, and in front of the servlets a size check, a reader that takes
 * in a whole form before a thread is given to the request, and a queue that lets only so many requests run at once.
 */
final class HttpLimits {

    private HttpLimits() {
    }

    static void apply(Server server, ServerLimits limits) {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setIdleTimeout(limits.idleTimeout().toMillis());
            }
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration configuration = http.getHttpConfiguration();
                configuration.setRequestHeaderSize(limits.maxRequestHeaderBytes());
                // Checked as the servlets read a body; forms are read before, below.
                configuration.setMinRequestDataRate(limits.minRequestBytesPerSecond());
                // Fuseki gives every answer, however short, a 5 MB buffer. Too large for Jetty to pool, each one is
                // allocated and freed again: outside the heap the C allocator kept what was freed (the process grew
                // by hundreds of MB with each burst of requests), on the heap the collector grew the heap by GBs.
                configuration.setOutputBufferSize(limits.outputBufferBytes());
            }
        }
        Handler servlets = server.getHandler();
        if (servlets instanceof ServletContextHandler context) {
            // Forms are parsed by the servlet layer, which has its own limit (Fuseki sets 25 MB).
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxRequestBytes()));
        }
        // Requests beyond maxConcurrentRequests wait here without holding a thread; the queue is bounded in length
        // and in time, and what does not fit gets 503 at once rather than piling up in the thread pool's queue.
        QoSHandler queue = new QoSHandler(servlets);
        queue.setMaxRequestCount(limits.maxConcurrentRequests());
        queue.setMaxSuspendedRequestCount(limits.maxQueuedRequests());
        queue.setMaxSuspend(limits.maxQueueWait());
        // Jetty parses a form for the servlets with a blocking call that the minimum data rate does not watch: a client
        // sending its form a byte at a time would hold a thread and a place in the queue for as long as it likes. The
        // form is read here first, without a thread; other bodies are read by the servlets under the minimum rate.
        // (Jetty's loader for other bodies is left out: it waits through idle timeouts, keeping a stalled
        // connection open for ever.)
        int maxBytes = (int) Math.min(Integer.MAX_VALUE, limits.maxRequestBytes());
        EagerContentHandler wholeBodies = new EagerContentHandler(queue,
                new EagerContentHandler.FormContentLoaderFactory(-1, maxBytes));
        // Outermost, so that an announced oversized body is refused before anything is read.
        SizeLimitHandler size = new SizeLimitHandler(limits.maxRequestBytes(), -1);
        size.setHandler(wholeBodies);
        server.setHandler(SecurityHeaders.outermost(size));
    }
}
