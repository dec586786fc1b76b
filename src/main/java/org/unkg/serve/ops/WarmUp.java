package org.unkg.serve.ops;

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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.serve.sparql.Gallery;

/**
 * Warms a server that has just started before it is declared ready: asks it, over its own HTTP port as a client
 * would, a query that touches the store (until it answers, which says the store is open and served), then every query
 * of the gallery and the home page once. The first answers of a cold JVM and a cold page cache take several times
 * longer than later ones; a balancer should send traffic only afterwards. The whole warm-up is bounded in time; a
 * store that never answers the first query keeps the server unready.
 */
final class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final String PROBE = "ASK { ?s ?p ?o }";

    private final String base;
    private final Duration budget;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WarmUp(String base, Duration budget) {
        this.base = base;
        this.budget = budget;
    }

    /** Warms the server; true once the store has answered, false if it never did within the budget. */
    boolean run() {
        long deadline = System.nanoTime() + budget.toNanos();
        long start = System.nanoTime();
        boolean answered = false;
        while (!answered && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            answered = ask(query(PROBE, "application/sparql-results+json"), deadline) == 200;
            if (!answered) {
                pause();
            }
        }
        if (!answered) {
            LOG.error("The store did not answer {} within {} s: the server stays unready", PROBE, budget.toSeconds());
            return false;
        }
        int asked = 0;
        for (HttpRequest request : requests()) {
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            if (System.nanoTime() >= deadline) {
                LOG.info("Warm-up stopped after {} s, {} requests", budget.toSeconds(), asked);
                break;
            }
            ask(request, deadline);
            asked++;
        }
        LOG.info("Warmed up in {} ms ({} requests)", (System.nanoTime() - start) / 1_000_000, asked + 1);
        return true;
    }

    private List<HttpRequest> requests() {
        List<HttpRequest> requests = new ArrayList<>();
        for (Gallery.Example example : Gallery.load().examples()) {
            boolean graph = example.kind().equals("CONSTRUCT") || example.kind().equals("DESCRIBE");
            requests.add(query(example.query(), graph ? "application/n-triples" : "application/sparql-results+json"));
        }
        requests.add(HttpRequest.newBuilder(URI.create(base + "/")).header("Accept", "text/html").build());
        return requests;
    }

    private HttpRequest query(String query, String accept) {
        return HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }

    /** The status of the answer, read to its end; 0 if there was none. */
    private int ask(HttpRequest request, long deadline) {
        long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true)
                .timeout(Duration.ofMillis(left)).build();
        try {
            return client.send(timed, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
