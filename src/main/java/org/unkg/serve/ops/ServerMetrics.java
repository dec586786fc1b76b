package org.unkg.serve.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.unkg.common.Version;

/**
 * What the server counts for a scraper, in one Micrometer registry written out in the Prometheus text format:
 * requests by method, route and status with their latencies ({@code http_server_requests_seconds}, with buckets at
 * the bounds operators plan with), requests in flight, SPARQL queries running and requests queued for a place, query
 * timeouts, readiness, the dataset version as an info metric, and the JVM's memory, collections, threads and CPU.
 */
public final class ServerMetrics implements AutoCloseable {

    /** The histogram's bounds: 100 ms is the latency capacity is planned at (docs/operations.md). */
    private static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ConcurrentMap<List<String>, Timer> timers = new ConcurrentHashMap<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger queriesRunning = new AtomicInteger();
    private final List<AutoCloseable> binders = new ArrayList<>();
    /** Micrometer holds what a function counter reads only weakly: this keeps it. */
    private LongSupplier timeouts = () -> 0;

    ServerMetrics(DatasetVersion version, Readiness readiness) {
        Gauge.builder("unkg.dataset.info", () -> 1)
                .description("The dataset this server answers from (value always 1)")
                .tags("dataset_version", version.version(), "program_version", Version.current(),
                        "program_sha256", version.program())
                .register(registry);
        Gauge.builder("unkg.ready", () -> readiness.ready() ? 1 : 0)
                .description("1 when the server takes traffic: store open and warm, not draining")
                .register(registry);
        Gauge.builder("unkg.draining", () -> readiness.draining() ? 1 : 0)
                .description("1 once the server was told to stop: it finishes what is in flight, then exits")
                .register(registry);
        Gauge.builder("unkg.requests.active", active, AtomicInteger::get)
                .description("Requests received and not yet answered, queued ones included")
                .register(registry);
        Gauge.builder("unkg.queries.running", queriesRunning, AtomicInteger::get)
                .description("SPARQL queries being evaluated")
                .register(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** The requests waiting for a place among those the server handles at once. */
    void bindQueued(IntSupplier queued) {
        Gauge.builder("unkg.requests.queued", queued::getAsInt)
                .description("Requests waiting for a place among those handled at once (maxConcurrentRequests)")
                .register(registry);
    }

    /** The queries stopped by the query timeout, as the SPARQL endpoint counts them. */
    void bindTimeouts(LongSupplier timeouts) {
        this.timeouts = timeouts;
        FunctionCounter.builder("unkg.query.timeouts", this, m -> m.timeouts.getAsLong())
                .description("SPARQL queries cut off by the query timeout")
                .register(registry);
    }

    void requestStarted() {
        active.incrementAndGet();
    }

    void requestEnded(String method, String route, int status, long nanos) {
        active.decrementAndGet();
        String code = Integer.toString(status);
        timers.computeIfAbsent(List.of(method, route, code), k -> Timer.builder("http.server.requests")
                .description("HTTP requests by method, route and status, from the first byte read to the last sent")
                .tags("method", method, "route", route, "status", code)
                .serviceLevelObjectives(BUCKETS)
                .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    void queryStarted() {
        queriesRunning.incrementAndGet();
    }

    void queryEnded() {
        queriesRunning.decrementAndGet();
    }

    /** Writes every metric in the Prometheus text format, or OpenMetrics when that is the media type asked for. */
    void scrape(OutputStream out, String contentType) throws IOException {
        registry.scrape(out, contentType);
    }

    @Override
    public void close() {
        for (AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (Exception ignored) {
                // a metric that cannot be unbound only costs its listener
            }
        }
        registry.close();
    }
}
