package org.unkg.deploy;

import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.unkg.serve.ops.DatasetVersion;
import org.unkg.serve.sparql.Gallery;

/**
 * Clients of the balancer, each on a loopback address of its own (as distinct hosts would be), each sending one GET
 * after another with a pause between them: a steady load bounded in rate and concurrency. Every answer is recorded
 * with the dataset version it carried, and every failure with whether the answer had begun (its status line and
 * headers received) before it failed.
 */
final class LoadClient implements AutoCloseable {

    /** One request and what came of it; {@code failure} is null when a whole answer came. */
    record Outcome(int client, String target, long sent, long done, int status, String version, String failure,
                   boolean answerBegun) {

        boolean failed() {
            return failure != null;
        }

        long millis() {
            return (done - sent) / 1_000_000;
        }
    }

    private final String base;
    private final List<String> targets;
    private final Duration pause;
    private final List<HttpClient> clients = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final QueuedThreadPool pool = new QueuedThreadPool(64, 4);
    private final ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("load-client-scheduler", true);
    private volatile boolean running = true;

    LoadClient(String base, List<String> addresses, List<String> targets, Duration pause) throws Exception {
        this.base = base;
        this.targets = List.copyOf(targets);
        this.pause = pause;
        pool.setName("load-client");
        pool.setDaemon(true);
        pool.start();
        scheduler.start();
        for (String address : addresses) {
            HttpClient client = new HttpClient();
            client.setBindAddress(new InetSocketAddress(address, 0));
            client.setExecutor(pool);
            client.setScheduler(scheduler);
            client.setFollowRedirects(false);
            client.start();
            clients.add(client);
        }
    }

    /** The gallery's queries (as GETs) and the site's pages and data of the test stores, round robin. */
    static List<String> galleryAndPages() {
        List<String> targets = new ArrayList<>();
        for (Gallery.Example example : Gallery.load().examples()) {
            targets.add("/sparql?query=" + URLEncoder.encode(example.query(), StandardCharsets.UTF_8));
        }
        targets.addAll(List.of("/", "/page/document/S/RES/1373(2001)", "/page/document/S/PRST/2012/16",
                "/data/document/S/RES/1373(2001).ttl", "/id/document/S/PRST/2012/16", "/page/meeting/6760",
                "/search?q=financing", "/.well-known/void", "/ontology",
                "/api/neighbourhood?iri=" + URLEncoder.encode("https://w3id.org/unkg/id/document/S/RES/1373(2001)",
                        StandardCharsets.UTF_8)));
        return targets;
    }

    LoadClient start() {
        for (int i = 0; i < clients.size(); i++) {
            int client = i;
            Thread thread = new Thread(() -> run(client), "load-client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    private void run(int client) {
        int next = client * 7;
        while (running) {
            String target = targets.get(next++ % targets.size());
            outcomes.add(send(client, target));
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Outcome send(int client, String target) {
        long sent = System.nanoTime();
        AtomicBoolean begun = new AtomicBoolean();
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        clients.get(client).newRequest(base + target)
                .headers(h -> h.put("Accept", target.startsWith("/sparql") ? "application/sparql-results+json, "
                        + "application/n-triples;q=0.9" : "text/html, text/turtle;q=0.9"))
                .timeout(120, TimeUnit.SECONDS)
                .onResponseHeaders(response -> begun.set(true))
                .send(new BufferingResponseListener(16 * 1024 * 1024) {
                    @Override
                    public void onComplete(Result result) {
                        int status = result.getResponse() == null ? 0 : result.getResponse().getStatus();
                        String version = result.getResponse() == null ? null
                                : result.getResponse().getHeaders().get(DatasetVersion.HEADER);
                        String failure = result.isFailed() ? String.valueOf(result.getFailure()) : null;
                        done.complete(new Outcome(client, target, sent, System.nanoTime(), status, version, failure,
                                begun.get()));
                    }
                });
        try {
            return done.get(180, TimeUnit.SECONDS);
        } catch (Exception e) {
            return new Outcome(client, target, sent, System.nanoTime(), 0, null, "no outcome: " + e, begun.get());
        }
    }

    /** Every request sent so far, in the order they ended. */
    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Stops sending and waits for the requests in flight. */
    List<Outcome> stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(4));
        }
        return outcomes();
    }

    @Override
    public void close() throws Exception {
        running = false;
        for (HttpClient client : clients) {
            client.stop();
        }
        scheduler.stop();
        pool.stop();
    }

    /** The p-th percentile of the answers' latencies, in ms. */
    static long percentile(List<Outcome> outcomes, double p) {
        long[] ms = outcomes.stream().mapToLong(Outcome::millis).sorted().toArray();
        return ms.length == 0 ? 0 : ms[(int) Math.min(ms.length - 1, Math.ceil(p / 100 * ms.length) - 1)];
    }
}
