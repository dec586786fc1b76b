package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unkg.serve.ServedStore.CHEAP;
import static org.unkg.serve.ServedStore.FOREVER_COUNT;
import static org.unkg.serve.ServedStore.query;
import static org.unkg.serve.ServedStore.send;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.Store;

/**
 * What {@code bench/hostile-client.sh} does to a served store, in process: one attack after another, each refused
 * with the right status, while a well-behaved client asks a cheap query every 100 ms and is answered 200 every time.
 * The query timeouts and the idle timeout are made shorter than the shipped ones so that the test runs in seconds.
 */
class HostileClientTest {

    private static final String ALL = "SELECT * { ?s ?p ?o } LIMIT 50";

    @TempDir
    Path tmp;

    /** One answer to the well-behaved client. */
    private record Answer(long sent, long answered, int status) {
    }

    /** Asks a cheap query every 100 ms on a kept-alive connection, as a SPARQL client library would. */
    private static final class GoodClient implements AutoCloseable {

        final List<Answer> answers = new CopyOnWriteArrayList<>();
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final Thread thread;
        private volatile boolean running = true;

        GoodClient(SparqlServer server) {
            HttpRequest request = HttpRequest.newBuilder(query(server, CHEAP)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/sparql-results+json").build();
            thread = new Thread(() -> {
                while (running) {
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        return;
                    }
                    answers.add(new Answer(sent, System.nanoTime(), status));
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "good-client");
            thread.start();
        }

        /** Answers to requests sent between two instants. */
        List<Answer> between(long from, long to) {
            return answers.stream().filter(a -> a.sent() >= from && a.sent() <= to).toList();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(60_000);
        }
    }

    /** What was tried, what came back, and how the well-behaved client fared meanwhile. */
    private record Row(String attack, String outcome, long millis, int goodServed, int goodFailed, long goodMaxMillis) {
    }

    private interface Attack {
        String run() throws Exception;
    }

    @Test
    void everyAttackIsRefusedWhileAGoodClientIsServed() throws Exception {
        Store store = ServedStore.build(tmp);
        ServerLimits limits = ServedStore.limits(Map.of(ServerLimits.IDLE_TIMEOUT_MS, "2000"));
        List<Row> rows = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        try (SparqlServer server = ServedStore.server(store).limits(limits)
                .config(ServedStore.configWithTimeouts(tmp, "2000,6000")).start();
                ConnectionCounter elsewhere = new ConnectionCounter();
                GoodClient good = new GoodClient(server)) {
            Thread.sleep(300);
            String insert = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
            attack(rows, wrong, good, "SPARQL Update by form", "400"::equals, () -> status(send(
                    HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))).build())));
            attack(rows, wrong, good, "SPARQL Update as application/sparql-update", "415"::equals, () -> status(send(
                    HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                            .header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString(insert)).build())));
            for (String method : List.of("PUT", "DELETE")) {
                attack(rows, wrong, good, "Graph Store " + method, "405"::equals, () -> status(send(
                        HttpRequest.newBuilder(URI.create(server.endpointUrl() + "?graph=urn:x:g"))
                                .header("Content-Type", "text/turtle")
                                .method(method, HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> ."))
                                .build())));
            }
            attack(rows, wrong, good, "Graph Store POST", "415"::equals, () -> status(send(
                    HttpRequest.newBuilder(URI.create(server.endpointUrl() + "?graph=urn:x:g"))
                            .header("Content-Type", "text/turtle")
                            .POST(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build())));
            attack(rows, wrong, good, "SERVICE <http://127.0.0.1:" + elsewhere.port() + "/>",
                    outcome -> outcome.equals("422") && elsewhere.accepted() == 0,
                    () -> status(send(HttpRequest.newBuilder(query(server,
                            "SELECT * { SERVICE <http://127.0.0.1:" + elsewhere.port() + "/sparql> { ?s ?p ?o } }"))
                            .build())) + (elsewhere.accepted() == 0 ? "" : ", " + elsewhere.accepted() + " connections"));
            attack(rows, wrong, good, "10 MB query", "413"::equals, () -> {
                byte[] body = new byte[10 * 1024 * 1024];
                Arrays.fill(body, (byte) ' ');
                try (RawClient client = new RawClient(server.port(), Duration.ofSeconds(10))) {
                    client.writeInBackground(RawClient.head("POST", "/sparql",
                            "Content-Type: application/sparql-query", "Content-Length: " + body.length), body);
                    return Integer.toString(client.status());
                }
            });
            attack(rows, wrong, good, "query that runs forever", "503"::equals,
                    () -> status(send(HttpRequest.newBuilder(query(server, FOREVER_COUNT)).build())));
            attack(rows, wrong, good, "slow client (stalls mid-request)", "closed"::equals, () -> {
                try (RawClient client = new RawClient(server.port(), Duration.ofSeconds(10))) {
                    client.write("GET /sparql?query=ASK%20%7B".getBytes(StandardCharsets.US_ASCII));
                    return client.closedByServer() ? "closed" : "still open";
                }
            });
            attack(rows, wrong, good, "flood: 200 requests at once", onlyOkOrBusy(),
                    () -> flood(server, ALL, 200));
            attack(rows, wrong, good, "flood: 40 queries that run forever", onlyBusy(),
                    () -> flood(server, FOREVER_COUNT, 40));
        }
        System.out.println(table(rows));
        assertEquals(List.of(), wrong, table(rows));
        for (Row row : rows) {
            assertEquals(0, row.goodFailed(), row.toString());
            assertTrue(row.goodServed() > 0, "the good client was served during: " + row);
        }
    }

    private static String status(HttpResponse<String> response) {
        return Integer.toString(response.statusCode());
    }

    /** Statuses by number, e.g. {@code 200×180 503×20}. */
    private static String flood(SparqlServer server, String query, int n) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(clients.submit(() -> send(HttpRequest.newBuilder(query(server, query)).build())
                        .statusCode()));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            StringBuilder outcome = new StringBuilder();
            statuses.forEach((status, count) -> outcome.append(outcome.isEmpty() ? "" : " ")
                    .append(status).append('×').append(count));
            return outcome.toString();
        } finally {
            clients.shutdown();
        }
    }

    private static Predicate<String> onlyOkOrBusy() {
        return outcome -> outcome.matches("(200|503)×\\d+( (200|503)×\\d+)?");
    }

    private static Predicate<String> onlyBusy() {
        return outcome -> outcome.matches("503×\\d+");
    }

    private static void attack(List<Row> rows, List<String> wrong, GoodClient good, String name,
            Predicate<String> right, Attack attack) throws Exception {
        long start = System.nanoTime();
        String outcome = attack.run();
        long end = System.nanoTime();
        // The good client's requests sent while the attack went on, and the first one after it.
        List<Answer> during = new ArrayList<>(good.between(start, end));
        long waitUntil = System.nanoTime() + 20_000_000_000L;
        while (good.between(end, Long.MAX_VALUE).isEmpty() && System.nanoTime() < waitUntil) {
            Thread.sleep(20);
        }
        during.addAll(good.between(end, Long.MAX_VALUE).stream().limit(1).toList());
        int served = (int) during.stream().filter(a -> a.status() == 200).count();
        long maxMillis = during.stream().mapToLong(a -> (a.answered() - a.sent()) / 1_000_000).max().orElse(-1);
        rows.add(new Row(name, outcome, (end - start) / 1_000_000, served, during.size() - served, maxMillis));
        if (!right.test(outcome)) {
            wrong.add(name + ": " + outcome);
        }
    }

    private static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder("| attack | answer | time | good client: served, failed, slowest |\n"
                + "|---|---|---|---|\n");
        for (Row row : rows) {
            table.append(String.format("| %s | %s | %d ms | %d, %d, %d ms |%n", row.attack(), row.outcome(),
                    row.millis(), row.goodServed(), row.goodFailed(), row.goodMaxMillis()));
        }
        return table.toString();
    }
}
