package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unkg.serve.ServedStore.CHEAP;
import static org.unkg.serve.ServedStore.FOREVER_AFTER_FIRST_ROW;
import static org.unkg.serve.ServedStore.FOREVER_COUNT;
import static org.unkg.serve.ServedStore.query;
import static org.unkg.serve.ServedStore.send;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.load.Store;
import org.unkg.serve.ontology.OntologyModule;

/**
 * The server is safe to put on the open internet: nothing changes the store, nothing makes it call out, and no
 * request may take more than its share of time, memory, rows or threads. Each test serves the small test store
 * on a free port, with the shipped settings or with a limit made small enough to reach.
 */
class HardeningTest {

    @TempDir
    static Path tmp;

    private static Store store;

    @BeforeAll
    static void load() throws IOException {
        store = ServedStore.build(tmp);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static HttpResponse<String> request(SparqlServer server, String method, String path, String contentType,
            String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    private static boolean ask(SparqlServer server, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(query(server, query))
                .header("Accept", "application/sparql-results+json").build());
        assertEquals(200, response.statusCode(), response.body());
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
    }

    // ------------------------------------------------------------------ read only

    @Test
    void noWriteNoAdminNoUserInterface() throws Exception {
        String triple = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        String insert = "INSERT DATA { GRAPH <urn:x:g> { " + triple + " } }";
        String form = "application/x-www-form-urlencoded";
        String multipart = "multipart/form-data; boundary=b";
        String upload = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\n"
                + "Content-Type: text/turtle\r\n\r\n" + triple + "\r\n--b--\r\n";
        // method, path, content type, body, the statuses that are right for it
        List<List<Object>> attempts = List.of(
                // SPARQL Update, by form and directly, at the endpoint and where Fuseki would put it
                List.of("POST", "/sparql", form, "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8),
                        Set.of(400)),
                List.of("POST", "/sparql", "application/sparql-update", insert, Set.of(415)),
                List.of("POST", "/sparql/update", "application/sparql-update", insert, Set.of(404)),
                // Graph Store Protocol writes and upload
                List.of("PUT", "/sparql?graph=urn:x:g", "text/turtle", triple, Set.of(405)),
                List.of("PUT", "/sparql?default", "text/turtle", triple, Set.of(405)),
                List.of("POST", "/sparql?graph=urn:x:g", "text/turtle", triple, Set.of(415)),
                List.of("DELETE", "/sparql?graph=urn:x:g", "", "", Set.of(405)),
                List.of("DELETE", "/sparql", "", "", Set.of(405)),
                List.of("PUT", "/sparql/data?default", "text/turtle", triple, Set.of(404)),
                List.of("POST", "/sparql/upload", multipart, upload, Set.of(404)),
                List.of("POST", "/sparql", multipart, upload, Set.of(415)),
                // Fuseki's admin area
                List.of("GET", "/$/ping", "", "", Set.of(404)),
                List.of("GET", "/$/server", "", "", Set.of(404)),
                List.of("GET", "/$/datasets", "", "", Set.of(404)),
                List.of("POST", "/$/datasets", form, "dbName=x&dbType=mem", Set.of(404)),
                List.of("DELETE", "/$/datasets/sparql", "", "", Set.of(405)),
                List.of("GET", "/$/stats", "", "", Set.of(404)),
                List.of("GET", "/$/metrics", "", "", Set.of(404)),
                List.of("POST", "/$/backup/sparql", form, "", Set.of(404)),
                List.of("POST", "/$/compact/sparql", form, "", Set.of(404)),
                List.of("POST", "/$/reload", form, "", Set.of(404)),
                List.of("GET", "/$/tasks", "", "", Set.of(404)),
                // Fuseki's user interface
                List.of("GET", "/", "", "", Set.of(404)),
                List.of("GET", "/index.html", "", "", Set.of(404)),
                List.of("GET", "/dataset.html", "", "", Set.of(404)),
                List.of("PUT", "/", "text/turtle", triple, Set.of(404)),
                List.of("DELETE", "/", "", "", Set.of(405)));
        try (SparqlServer server = ServedStore.server(store).start()) {
            List<String> wrong = new ArrayList<>();
            for (List<Object> attempt : attempts) {
                String contentType = ((String) attempt.get(2)).isEmpty() ? null : (String) attempt.get(2);
                String body = ((String) attempt.get(3)).isEmpty() ? null : (String) attempt.get(3);
                HttpResponse<String> response = request(server, (String) attempt.get(0), (String) attempt.get(1),
                        contentType, body);
                if (!((Set<?>) attempt.get(4)).contains(response.statusCode())) {
                    wrong.add(attempt.get(0) + " " + attempt.get(1) + ": " + response.statusCode() + " "
                            + response.body().lines().findFirst().orElse(""));
                }
            }
            assertEquals(List.of(), wrong);
            assertFalse(ask(server, "ASK { <urn:x:s> ?p ?o }"), "the store is unchanged");
            assertTrue(ask(server, CHEAP), "and still served");
        }
    }

    // ------------------------------------------------------------------ SERVICE

    @Test
    void serviceMakesNoConnection() throws Exception {
        try (SparqlServer server = ServedStore.server(store).start(); ConnectionCounter listener = new ConnectionCounter()) {
            String target = "<http://127.0.0.1:" + listener.port() + "/sparql>";
            long start = System.nanoTime();
            HttpResponse<String> refused = send(HttpRequest.newBuilder(
                    query(server, "SELECT * { SERVICE " + target + " { ?s ?p ?o } }")).build());
            assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500,
                    refused.statusCode() + " " + refused.body());
            assertTrue(refused.body().contains("SERVICE"), refused.body());

            HttpResponse<String> silent = send(HttpRequest.newBuilder(
                    query(server, "SELECT * { SERVICE SILENT " + target + " { ?s ?p ?o } }"))
                    .header("Accept", "text/csv").build());
            assertEquals(200, silent.statusCode(), silent.body());
            // SILENT turns the refusal into the one empty row a failed SERVICE gives.
            assertEquals(List.of("s,p,o", ",,"), silent.body().lines().toList());

            HttpResponse<String> nested = send(HttpRequest.newBuilder(query(server,
                    "SELECT * { ?s ?p ?o OPTIONAL { SERVICE " + target + " { ?s ?p ?x } } } LIMIT 1")).build());
            assertTrue(nested.statusCode() >= 400 && nested.statusCode() < 500, nested.statusCode() + "");
            assertTrue(millisSince(start) < 10_000, "answered without waiting on the other host");

            Thread.sleep(200);
            assertEquals(0, listener.accepted(), "connections made to " + target);
        }
    }

    // ------------------------------------------------------------------ timeouts

    @Test
    void aQueryWithoutAFirstRowIsCutOff() throws Exception {
        try (SparqlServer server = ServedStore.server(store)
                .config(ServedStore.configWithTimeouts(tmp, "1000,3000")).start()) {
            long start = System.nanoTime();
            HttpResponse<String> response = send(HttpRequest.newBuilder(query(server, FOREVER_COUNT)).build());
            long took = millisSince(start);
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(took >= 900 && took < 6000, took + " ms");
            assertTrue(ask(server, CHEAP), "served after");
        }
    }

    @Test
    void aQueryThatRunsOnIsCutOff() throws Exception {
        try (SparqlServer server = ServedStore.server(store)
                .config(ServedStore.configWithTimeouts(tmp, "1000,3000")).start()) {
            long start = System.nanoTime();
            int status;
            String body;
            try {
                HttpResponse<String> response = send(HttpRequest.newBuilder(query(server, FOREVER_AFTER_FIRST_ROW))
                        .header("Accept", "application/sparql-results+json").build());
                status = response.statusCode();
                body = response.body();
            } catch (IOException e) {
                // the answer had begun: cutting it off ends the connection mid-body
                status = -1;
                body = e.toString();
            }
            long took = millisSince(start);
            assertTrue(took >= 2900 && took < 10_000, took + " ms");
            // Fuseki marks results it had to cut off, and says 400 if the status line has not gone out yet.
            assertTrue(status == 503 || status == -1 || body.contains("Incomplete results"), status + " " + body);
            assertTrue(ask(server, CHEAP), "served after");
        }
    }

    /** {@code timeout=} in seconds, fractions too, lowers the server's limits and never raises them. */
    @Test
    void aClientMayLowerTheTimeout() throws Exception {
        try (SparqlServer server = ServedStore.server(store)
                .config(ServedStore.configWithTimeouts(tmp, "20000,30000")).start()) {
            long start = System.nanoTime();
            HttpResponse<String> lowered = send(HttpRequest.newBuilder(
                    URI.create(query(server, FOREVER_COUNT) + "&timeout=0.5")).build());
            long took = millisSince(start);
            assertEquals(503, lowered.statusCode(), lowered.body());
            // The server's own limit is 20 s: anything well below it is the client's half second.
            assertTrue(took >= 400 && took < 10_000, took + " ms");
            HttpResponse<String> two = send(HttpRequest.newBuilder(
                    URI.create(query(server, FOREVER_COUNT) + "&timeout=0.5,1")).build());
            assertEquals(503, two.statusCode(), two.body());
            for (String wrong : List.of("soon", "-1", "0", "1,2,3")) {
                HttpResponse<String> refused = send(HttpRequest.newBuilder(
                        URI.create(query(server, CHEAP) + "&timeout=" + wrong)).build());
                assertEquals(400, refused.statusCode(), wrong);
                assertTrue(refused.body().contains("timeout=" + wrong), refused.body());
            }
        }
        try (SparqlServer server = ServedStore.server(store)
                .config(ServedStore.configWithTimeouts(tmp, "1000,3000")).start()) {
            long start = System.nanoTime();
            HttpResponse<String> raised = send(HttpRequest.newBuilder(
                    URI.create(query(server, FOREVER_COUNT) + "&timeout=600")).build());
            long took = millisSince(start);
            assertEquals(503, raised.statusCode(), raised.body());
            assertTrue(took >= 900 && took < 10_000, "the server's 1 s holds: " + took + " ms");
        }
    }

    /**
     * Fuseki aborts the read transaction of a query it cuts off; with the text index, aborts at the same time used to
     * leave transactions unfinished for ever (see {@link ReadAbortAsEnd}).
     */
    @Test
    void queriesCutOffTogetherLeaveNoTransactionOpen() throws Exception {
        ServerLimits limits = ServedStore.limits(Map.of(ServerLimits.MAX_CONCURRENT_REQUESTS, "16"));
        try (SparqlServer server = ServedStore.server(store).limits(limits)
                .config(ServedStore.configWithTimeouts(tmp, "1000,3000")).start()) {
            DatasetGraph served = server.fuseki().getDataAccessPointRegistry().accessPoints().get(0).getDataService()
                    .getDataset();
            DatasetGraph base = served;
            while (base instanceof DatasetGraphWrapper wrapper) {
                base = wrapper.getWrapped();
            }
            TransactionCoordinator transactions = TDBInternal.getTransactionCoordinator(base);
            long begun = transactions.countBegin();
            ExecutorService clients = Executors.newFixedThreadPool(16);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(clients.submit(
                        () -> send(HttpRequest.newBuilder(query(server, FOREVER_COUNT)).build()).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(503, answer.get());
            }
            clients.shutdown();
            assertEquals(16, transactions.countBegin() - begun, "each query had its transaction");
            assertEquals(0, transactions.countActive(), "and each is finished");
            assertTrue(ask(server, CHEAP), "served after");
        }
    }

    // ------------------------------------------------------------------ result rows

    private static ResultSet select(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
    }

    @Test
    void resultRowsAreCapped() throws Exception {
        try (SparqlServer server = ServedStore.server(store)
                .limits(ServedStore.limits(Map.of(ServerLimits.MAX_RESULT_ROWS, "5"))).start()) {
            String all = "SELECT * { ?s ?p ?o }";
            for (var asked : List.of(List.of(all, 5, true), List.of(all + " LIMIT 3", 3, false),
                    List.of(all + " LIMIT 50", 5, true), List.of(all + " ORDER BY ?s OFFSET 2", 5, true),
                    List.of("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", 1, true))) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(query(server, (String) asked.get(0)))
                        .header("Accept", "application/sparql-results+json").build());
                assertEquals(asked.get(1), ResultSetFormatter.consume(select(response)), (String) asked.get(0));
                assertEquals((Boolean) asked.get(2) ? "5" : null,
                        response.headers().firstValue(PublicQueryProcessor.MAX_ROWS_HEADER).orElse(null), (String) asked.get(0));
            }
            // The cap is on the rows, not inside them: the count sees every triple.
            HttpResponse<String> count = send(HttpRequest.newBuilder(
                    query(server, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))
                    .header("Accept", "application/sparql-results+json").build());
            assertTrue(select(count).next().getLiteral("n").getInt() > 5);

            HttpResponse<String> construct = send(HttpRequest.newBuilder(
                    query(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))
                    .header("Accept", "application/n-triples").build());
            assertEquals(200, construct.statusCode());
            assertEquals(5, RDFParser.fromString(construct.body(), RDFLanguages.NTRIPLES).toModel().size());

            HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(all)).build());
            assertEquals(5, ResultSetFormatter.consume(select(post)), "POSTed queries too");
        }
    }

    // ------------------------------------------------------------------ request size

    @Test
    void oversizedRequestsAreRefusedQuickly() throws Exception {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) ' ');
        byte[] query = "SELECT * { ?s ?p ?o } LIMIT 1".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(query, 0, tenMegabytes, 0, query.length);
        try (SparqlServer server = ServedStore.server(store).start()) {
            for (String contentType : List.of("application/sparql-query", "application/x-www-form-urlencoded")) {
                long start = System.nanoTime();
                try (RawClient client = new RawClient(server.port(), Duration.ofSeconds(10))) {
                    client.writeInBackground(RawClient.head("POST", "/sparql", "Content-Type: " + contentType,
                            "Content-Length: " + tenMegabytes.length), tenMegabytes);
                    assertEquals(413, client.status(), contentType);
                }
                assertTrue(millisSince(start) < 3000, contentType + ": " + millisSince(start) + " ms");
            }
            // A body that does not say its size is stopped once it passes the limit.
            long start = System.nanoTime();
            try (RawClient client = new RawClient(server.port(), Duration.ofSeconds(10))) {
                client.writeInBackground(RawClient.head("POST", "/sparql", "Content-Type: application/sparql-query",
                        "Transfer-Encoding: chunked"), chunked(tenMegabytes));
                int status = client.status();
                assertTrue(status == 413 || status == 400, "chunked: " + status);
            }
            assertTrue(millisSince(start) < 5000, "chunked: " + millisSince(start) + " ms");
            // A GET query longer than the header limit.
            String longQuery = "SELECT * { ?s ?p ?o } #" + "x".repeat(100_000);
            try (RawClient client = new RawClient(server.port(), Duration.ofSeconds(10))) {
                client.write(RawClient.head("GET", "/sparql?query=" + URLEncoder.encode(longQuery,
                        StandardCharsets.UTF_8)));
                int status = client.status();
                assertTrue(status == 414 || status == 431, "long GET: " + status);
            }
            assertTrue(ask(server, CHEAP), "served after");
        }
    }

    private static byte[] chunked(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += 65536) {
            int n = Math.min(65536, body.length - offset);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, offset, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ slow clients

    @Test
    void stalledAndSlowClientsAreDisconnected() throws Exception {
        ServerLimits limits = ServedStore.limits(Map.of(ServerLimits.IDLE_TIMEOUT_MS, "1000"));
        try (SparqlServer server = ServedStore.server(store).limits(limits).start()) {
            // Half a request line, then nothing.
            long start = System.nanoTime();
            try (RawClient client = new RawClient(server.port(), Duration.ofSeconds(10))) {
                client.write("GET /sparql?query=ASK".getBytes(StandardCharsets.US_ASCII));
                assertTrue(client.closedByServer(), "a stalled request is closed");
            }
            long took = millisSince(start);
            assertTrue(took >= 900 && took < 5000, took + " ms");

            assertTrue(ask(server, CHEAP), "served after");
        }
    }

    @Test
    void formsSentSlowlyHoldNoThread() throws Exception {
        // Two requests at a time and a short queue: were the forms holding places, the others would be turned away.
        ServerLimits limits = ServedStore.limits(Map.of(ServerLimits.MAX_CONCURRENT_REQUESTS, "2",
                ServerLimits.MAX_QUEUED_REQUESTS, "1", ServerLimits.MAX_QUEUE_WAIT_MS, "1000"));
        byte[] form = ("query=" + URLEncoder.encode(CHEAP, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        try (SparqlServer server = ServedStore.server(store).limits(limits).start()) {
            List<RawClient> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    RawClient client = new RawClient(server.port(), Duration.ofSeconds(10));
                    slow.add(client);
                    client.write(RawClient.head("POST", "/sparql", "Content-Type: application/x-www-form-urlencoded",
                            "Content-Length: " + form.length));
                }
                // Four forms come a byte at a time while well-behaved requests are made.
                for (int i = 0; i < 12; i++) {
                    for (RawClient client : slow) {
                        client.write(new byte[] {form[i]});
                    }
                    assertTrue(ask(server, CHEAP), "a request is served while four forms trickle in");
                    Thread.sleep(50);
                }
                for (RawClient client : slow) {
                    client.write(Arrays.copyOfRange(form, 12, form.length));
                    assertEquals(200, client.status(), "and each form, once complete, is answered");
                }
            } finally {
                for (RawClient client : slow) {
                    client.close();
                }
            }
        }
    }

    @Test
    void queryBodiesSentSlowlyAreRefused() throws Exception {
        ServerLimits limits = ServedStore.limits(Map.of(ServerLimits.IDLE_TIMEOUT_MS, "2000"));
        byte[] query = CHEAP.getBytes(StandardCharsets.US_ASCII);
        try (SparqlServer server = ServedStore.server(store).limits(limits).start()) {
            // 20 bytes a second, far below the minimum of 1,024.
            long start = System.nanoTime();
            try (RawClient client = new RawClient(server.port(), Duration.ofSeconds(10))) {
                client.write(RawClient.head("POST", "/sparql", "Content-Type: application/sparql-query",
                        "Content-Length: " + query.length * 10));
                try {
                    for (int i = 0; i < query.length && millisSince(start) < 8000; i++) {
                        client.write(new byte[] {query[i]});
                        Thread.sleep(50);
                    }
                } catch (SocketException e) {
                    // refused while still sending
                }
                assertEquals(408, client.status());
            }
            assertTrue(millisSince(start) < 5000, millisSince(start) + " ms");
            // A body that stops coming: refused at the idle timeout.
            start = System.nanoTime();
            try (RawClient client = new RawClient(server.port(), Duration.ofSeconds(10))) {
                client.write(RawClient.head("POST", "/sparql", "Content-Type: application/sparql-query",
                        "Content-Length: 100"));
                client.write("ASK".getBytes(StandardCharsets.US_ASCII));
                int status = client.status();
                assertTrue(status == 408 || status == -1, "stalled body: " + status);
            }
            assertTrue(millisSince(start) < 6000, millisSince(start) + " ms");
            assertTrue(ask(server, CHEAP), "served after");
        }
    }

    // ------------------------------------------------------------------ threads and floods

    @Test
    void aFloodIsQueuedThenRefusedWith503() throws Exception {
        ServerLimits limits = ServedStore.limits(Map.of(ServerLimits.MAX_CONCURRENT_REQUESTS, "2",
                ServerLimits.MAX_QUEUED_REQUESTS, "3", ServerLimits.MAX_THREADS, "16"));
        try (SparqlServer server = ServedStore.server(store).limits(limits)
                .config(ServedStore.configWithTimeouts(tmp, "1500,3000")).start()) {
            QueuedThreadPool pool = (QueuedThreadPool) server.fuseki().getJettyServer().getThreadPool();
            assertEquals(16, pool.getMaxThreads());

            ExecutorService clients = Executors.newFixedThreadPool(20);
            List<Long> refusedAt = new CopyOnWriteArrayList<>();
            List<Long> cutOffAt = new CopyOnWriteArrayList<>();
            List<Future<Integer>> answers = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                answers.add(clients.submit(() -> {
                    HttpResponse<String> response = send(HttpRequest.newBuilder(query(server, FOREVER_COUNT)).build());
                    if (response.statusCode() == 503) {
                        // Fuseki says "Query timed out" for a query its timeout cut off
                        (response.body().contains("timed out") ? cutOffAt : refusedAt).add(millisSince(start));
                    }
                    return response.statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            clients.shutdown();
            assertEquals(List.of(503), statuses.stream().distinct().toList(), "every query is refused or cut off");
            // 2 run and 3 wait; the other 15 are turned away at once, without waiting for a place: most of them are
            // answered before the first query that ran is cut off by its timeout. Compared with that, not with a
            // number of milliseconds, so that a busy machine, slow to open the connections, slows both alike.
            assertTrue(refusedAt.size() >= 10, refusedAt.toString());
            assertFalse(cutOffAt.isEmpty(), "no query ran into the timeout");
            long firstCutOff = cutOffAt.stream().min(Long::compare).orElseThrow();
            assertTrue(refusedAt.stream().sorted().toList().get(refusedAt.size() / 2) < firstCutOff,
                    "refused at " + refusedAt + ", the first query cut off at " + firstCutOff + " ms");
            assertTrue(millisSince(start) < 20_000);
            assertTrue(ask(server, CHEAP), "served after");
        }
    }

    // ------------------------------------------------------------------ cross-origin requests and headers

    @Test
    void crossOriginRequestsNeverCarryCredentials() throws Exception {
        try (SparqlServer server = ServedStore.server(store).start()) {
            HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                    .header("Origin", "https://attacker.example")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "Content-Type")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            HttpResponse<String> get = send(HttpRequest.newBuilder(query(server, CHEAP))
                    .header("Origin", "https://attacker.example").header("Cookie", "session=1").build());
            for (HttpResponse<String> response : List.of(preflight, get)) {
                assertEquals(200, response.statusCode());
                assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent());
                assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(),
                        response.headers().toString());
            }
        }
    }

    @Test
    void securityHeadersOnEveryAnswer() throws Exception {
        try (SparqlServer server = ServedStore.server(store).module(new OntologyModule()).start()) {
            List<HttpResponse<String>> answers = List.of(
                    send(HttpRequest.newBuilder(query(server, CHEAP)).build()),
                    send(HttpRequest.newBuilder(query(server, "SELECT")).build()),
                    send(HttpRequest.newBuilder(URI.create(server.url("/no/such/page"))).build()),
                    send(HttpRequest.newBuilder(URI.create(server.url("/ontology.html"))).build()),
                    send(HttpRequest.newBuilder(URI.create(server.url("/ontology.ttl"))).build()));
            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
            assertEquals(List.of(200, 400, 404, 200, 200), statuses);
            for (HttpResponse<String> answer : answers) {
                String where = answer.uri() + " " + answer.statusCode();
                assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), where);
                assertEquals("strict-origin-when-cross-origin",
                        answer.headers().firstValue("Referrer-Policy").orElse(null), where);
                assertEquals(List.of(SecurityHeaders.CONTENT_SECURITY_POLICY),
                        answer.headers().allValues("Content-Security-Policy"), where);
                assertEquals(List.of("DENY"), answer.headers().allValues("X-Frame-Options"), where);
            }
            // Jetty's own refusals, given before a request reaches the servlets, are HTML pages too.
            try (RawClient client = new RawClient(server.port(), Duration.ofSeconds(10))) {
                client.write(RawClient.head("POST", "/sparql", "Content-Type: application/sparql-query",
                        "Content-Length: 20000000"));
                assertEquals(413, client.status());
                List<String> head = client.headers();
                for (var header : SecurityHeaders.HEADERS.entrySet()) {
                    assertTrue(head.contains(header.getKey() + ": " + header.getValue()), head.toString());
                }
            }
            String page = answers.get(3).body();
            assertTrue(answers.get(3).headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertFalse(Pattern.compile("<script(?![^>]* src=\"/)").matcher(page).find() || page.contains(" style=\"")
                    || page.contains("<style"), "the page needs nothing the policy forbids: its scripts come from the server");
        }
    }
}
