package org.unkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the same HTTP request from several clients at once, each waiting for its answer before the next, and times
 * every answer read to its last byte.
 */
public final class HttpProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A SPARQL query sent as an HTML form, as most clients send it, asking for JSON results or N-Triples. */
    public static HttpRequest sparql(String endpoint, String query, boolean construct) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", construct ? "application/n-triples" : "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }

    /** A page, as a browser asks for it. */
    public static HttpRequest page(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    /** Sends a request once and returns the answer. */
    public HttpResponse<String> once(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * {@code clients} clients each send {@code warmUp} untimed requests, then {@code requests} timed ones; a request
     * that fails or answers other than 200 counts as an error and not as a latency.
     */
    public Latencies run(HttpRequest request, int clients, int warmUp, int requests) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger errors = new AtomicInteger();
        long[][] times = new long[clients][];
        CountDownLatch warmed = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                int me = c;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < warmUp; i++) {
                        send(request, errors, false);
                    }
                    warmed.countDown();
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long[] mine = new long[requests];
                    int n = 0;
                    for (int i = 0; i < requests; i++) {
                        long t = send(request, errors, true);
                        if (t >= 0) {
                            mine[n++] = t;
                        }
                    }
                    times[me] = java.util.Arrays.copyOf(mine, n);
                }));
            }
            warmed.await();
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            long wall = System.nanoTime() - start;
            return new Latencies(java.util.Arrays.stream(times).flatMapToLong(java.util.Arrays::stream).toArray(),
                    wall, errors.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private long send(HttpRequest request, AtomicInteger errors, boolean timed) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                errors.incrementAndGet();
                return -1;
            }
        } catch (IOException e) {
            errors.incrementAndGet();
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        return timed ? System.nanoTime() - t0 : 0;
    }
}
