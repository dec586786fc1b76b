package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unkg.serve.ServedStore.CHEAP;
import static org.unkg.serve.ServedStore.FOREVER_COUNT;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.Store;
import org.unkg.serve.ops.DatasetVersion;
import org.unkg.serve.ops.OperationsModule;
import org.unkg.serve.ops.OperationsSettings;
import org.unkg.testing.Http;
import org.unkg.testing.SampleSite;

/**
 * What the server offers a load balancer and its operators, over HTTP: the health endpoints, the dataset version on
 * every answer (Jetty's own refusals included), entity tags derived from it with conditional GETs answered 304,
 * metrics in the Prometheus text format, health checks that bypass a full queue, and a graceful stop that refuses new
 * connections but finishes a request in flight.
 */
class OperationsTest {

    private static final String VERSION = DatasetVersion.HEADER;

    @TempDir
    Path tmp;

    @Test
    void healthAndTheVersionOnEveryAnswer() throws Exception {
        Store store = ServedStore.build(tmp);
        try (SparqlServer server = PublicServer.builder(store).port(0).host("127.0.0.1").start()) {
            awaitReady(server);
            HttpResponse<byte[]> ready = Http.get(server.url("/health/ready"));
            assertEquals(200, ready.statusCode());
            String body = new String(ready.body(), StandardCharsets.UTF_8);
            assertTrue(body.contains("\"datasetVersion\" : \"" + store.id() + "\""), body);
            assertTrue(body.contains("\"status\" : \"ready\""), body);
            assertEquals("no-store", ready.headers().firstValue("Cache-Control").orElse(""));
            HttpResponse<byte[]> live = Http.get(server.url("/health/live"));
            assertEquals(200, live.statusCode());
            assertTrue(new String(live.body(), StandardCharsets.UTF_8).contains(store.id()));

            for (String path : List.of("/", "/sparql?query=" + Http.encode(CHEAP), "/ontology", "/no/such/page",
                    "/health/live", "/metrics", "/.well-known/void")) {
                HttpResponse<byte[]> answer = Http.get(server.url(path));
                assertEquals(List.of(store.id()), answer.headers().allValues(VERSION), path);
            }
            // refused by Jetty before any servlet: a body over maxRequestBytes
            HttpResponse<byte[]> tooLarge = Http.post(server.endpointUrl(), "application/sparql-query",
                    "#".repeat(2 * 1024 * 1024));
            assertEquals(413, tooLarge.statusCode());
            assertEquals(List.of(store.id()), tooLarge.headers().allValues(VERSION));
        }
    }

    @Test
    void entityTagsDeriveFromTheDatasetVersionAndConditionalGetsAnswer304() {
        SparqlServer site = SampleSite.server();
        String version = site.store().id();
        for (String path : List.of("/page/document/S/RES/1373(2001)", "/data/document/S/RES/1373(2001).ttl",
                "/.well-known/void", "/ontology", "/?lang=zh")) {
            HttpResponse<byte[]> first = Http.get(site.url(path), "Accept", Http.BROWSER_ACCEPT);
            assertEquals(200, first.statusCode(), path);
            String tag = first.headers().firstValue("ETag").orElseThrow();
            assertTrue(tag.startsWith("\"" + version + "-"), path + ": " + tag);
            HttpResponse<byte[]> again = Http.get(site.url(path), "Accept", Http.BROWSER_ACCEPT, "If-None-Match", tag);
            assertEquals(304, again.statusCode(), path);
            assertEquals(0, again.body().length);
            assertEquals(tag, again.headers().firstValue("ETag").orElseThrow(), path);
            assertEquals(first.headers().allValues("Vary"), again.headers().allValues("Vary"), path);
            HttpResponse<byte[]> stale = Http.get(site.url(path), "Accept", Http.BROWSER_ACCEPT,
                    "If-None-Match", "\"20200101T000000Z-000000-0000000000000000\"");
            assertEquals(200, stale.statusCode(), path + ": a tag of another version");
        }
        String turtle = Http.get(site.url("/data/document/S/RES/1373(2001)"), "Accept", "text/turtle")
                .headers().firstValue("ETag").orElseThrow();
        String jsonld = Http.get(site.url("/data/document/S/RES/1373(2001)"), "Accept", "application/ld+json")
                .headers().firstValue("ETag").orElseThrow();
        assertNotEquals(turtle, jsonld, "each representation has its own tag");
        DatasetVersion v1 = new DatasetVersion("20261101T000000Z-aaaaaa", "p");
        DatasetVersion v2 = new DatasetVersion("20261102T000000Z-bbbbbb", "p");
        assertNotEquals(v1.entityTag("x"), v2.entityTag("x"), "a new image changes every tag");
        assertNotEquals(v1.entityTag("x"), new DatasetVersion(v1.version(), "q").entityTag("x"), "so does a new program");
    }

    @Test
    void metricsInThePrometheusTextFormat() throws Exception {
        Store store = ServedStore.build(tmp);
        try (SparqlServer server = PublicServer.builder(store, new OperationsSettings(Duration.ZERO,
                        Duration.ofSeconds(5)))
                .config(ServedStore.configWithTimeouts(tmp, "500,1000")).port(0).host("127.0.0.1").start()) {
            assertEquals(200, Http.get(ServedStore.query(server, CHEAP).toString()).statusCode());
            assertEquals(404, Http.get(server.url("/page/nothing/here")).statusCode());
            assertEquals(503, Http.get(ServedStore.query(server, FOREVER_COUNT).toString()).statusCode(),
                    "cut off by the 500 ms timeout");
            HttpResponse<byte[]> scrape = Http.get(server.url("/metrics"));
            assertEquals(200, scrape.statusCode());
            assertEquals("text/plain; version=0.0.4; charset=utf-8",
                    scrape.headers().firstValue("Content-Type").orElseThrow());
            String text = new String(scrape.body(), StandardCharsets.UTF_8);
            assertMetric(text, "http_server_requests_seconds_count{method=\"GET\",route=\"/sparql\",status=\"200\"}",
                    1);
            assertMetric(text, "http_server_requests_seconds_count{method=\"GET\",route=\"/page\",status=\"404\"}", 1);
            assertMetric(text, "http_server_requests_seconds_count{method=\"GET\",route=\"/sparql\",status=\"503\"}",
                    1);
            assertTrue(text.contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/sparql\","
                    + "status=\"200\",le=\"0.1\"}"), "a bucket at 100 ms");
            assertMetric(text, "unkg_query_timeouts_total", 1);
            assertMetric(text, "unkg_dataset_info{dataset_version=\"" + store.id() + "\"", 1);
            assertMetric(text, "unkg_ready", 1);
            assertMetric(text, "unkg_draining", 0);
            assertMetric(text, "unkg_queries_running", 0);
            assertMetric(text, "unkg_requests_queued", 0);
            assertTrue(text.contains("jvm_memory_used_bytes"), "and the JVM's");
        }
    }

    @Test
    void healthChecksAndScrapesBypassAFullQueue() throws Exception {
        Store store = ServedStore.build(tmp);
        try (SparqlServer server = PublicServer.builder(store, new OperationsSettings(Duration.ZERO,
                        Duration.ofSeconds(5)))
                .config(ServedStore.configWithTimeouts(tmp, "3000,3000"))
                .limits(ServedStore.limits(Map.of("maxConcurrentRequests", "1")))
                .port(0).host("127.0.0.1").start()) {
            CompletableFuture<Integer> forever = CompletableFuture.supplyAsync(
                    () -> Http.get(ServedStore.query(server, FOREVER_COUNT).toString()).statusCode());
            awaitMetric(server, "unkg_queries_running", 1);
            CompletableFuture<Integer> queued = CompletableFuture.supplyAsync(
                    () -> Http.get(ServedStore.query(server, CHEAP).toString()).statusCode());
            awaitMetric(server, "unkg_requests_queued", 1);
            long start = System.nanoTime();
            assertEquals(200, Http.get(server.url("/health/ready")).statusCode());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5),
                    "answered while the only place is taken, not after it");
            assertFalse(queued.isDone(), "the cheap query still waits for the place");
            assertEquals(503, (int) forever.get(60, TimeUnit.SECONDS), "cut off by the 3 s timeout");
            assertEquals(200, (int) queued.get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void aDrainingServerIsNotReadyRefusesNewConnectionsAndFinishesWhatIsInFlight() throws Exception {
        Store store = ServedStore.build(tmp);
        SparqlServer server = PublicServer.builder(store, new OperationsSettings(Duration.ZERO, Duration.ofSeconds(30)))
                .port(0).host("127.0.0.1").start();
        int port = server.port();
        OperationsModule operations = OperationsModule.of(server.fuseki()).orElseThrow();
        // A query whose body takes about three seconds to arrive (above the minimum rate of 1,024 bytes a second):
        // in flight all through the drain.
        byte[] query = (CHEAP + "\n#" + "x".repeat(4000)).getBytes(StandardCharsets.US_ASCII);
        try (RawClient slow = new RawClient(port, Duration.ofSeconds(60))) {
            slow.write(RawClient.head("POST", "/sparql", "Content-Type: application/sparql-query",
                    "Accept: application/sparql-results+json", "Content-Length: " + query.length));
            slow.write(java.util.Arrays.copyOfRange(query, 0, 600));
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(
                    () -> operations.drainAndStop(server::stop, Duration.ofSeconds(1)));
            while (!operations.readiness().draining()) {
                Thread.onSpinWait();
            }
            HttpResponse<byte[]> ready = Http.get("http://127.0.0.1:" + port + "/health/ready");
            assertEquals(503, ready.statusCode(), "not ready as soon as draining begins");
            assertEquals("close", ready.headers().firstValue("Connection").orElse(""));
            assertEquals(200, Http.get("http://127.0.0.1:" + port + "/health/live").statusCode());
            for (int offset = 600; offset < query.length; offset += 600) {
                Thread.sleep(400);
                slow.write(java.util.Arrays.copyOfRange(query, offset, Math.min(query.length, offset + 600)));
                if (offset == 2400) {
                    assertThrows(ConnectException.class, () -> {
                        try (Socket s = new Socket()) {
                            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
                        }
                    }, "no new connection once the drain delay is over");
                }
            }
            assertEquals(200, slow.status(), "the request in flight is answered");
            stopping.get(60, TimeUnit.SECONDS);
        }
    }

    private static void awaitReady(SparqlServer server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (Http.get(server.url("/health/ready")).statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "ready within two minutes");
            Thread.sleep(100);
        }
    }

    private static void awaitMetric(SparqlServer server, String name, double value) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (metric(new String(Http.get(server.url("/metrics")).body(), StandardCharsets.UTF_8), name) != value) {
            assertTrue(System.nanoTime() < deadline, name + " reaches " + value);
            Thread.sleep(50);
        }
    }

    private static void assertMetric(String text, String series, double value) {
        assertEquals(value, metric(text, series), series + " in\n" + text);
    }

    /** The value of the first sample whose line starts with {@code series}. */
    private static double metric(String text, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + "[^ ]* ([0-9.eE+-]+)$", Pattern.MULTILINE)
                .matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
