package org.unkg.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.image.ImageBuilder;
import org.unkg.image.ImageManifest;
import org.unkg.load.Fixtures;
import org.unkg.load.InputFile;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreLayout;
import org.unkg.progress.Progress;
import org.unkg.up.Workspace;

/**
 * Three replicas of a store image, each a JVM of its own, behind a real HAProxy with {@code deploy/haproxy.cfg}, all
 * run by {@code deploy/replicas.sh} on loopback, with 16 clients on addresses of their own sending the gallery's
 * queries and the site's pages throughout:
 * <ol>
 * <li>a replica killed with SIGKILL and started again costs no request, but those whose answer it had begun
 * sending when it died (which the balancer cannot retry, and which are listed);</li>
 * <li>the replicas moved one by one from image v1 to image v2 cost no request; no client gets v2 and then v1; after
 * the roll-out every answer is v2's;</li>
 * <li>a client flooding heavy queries from 127.0.0.2 is turned away by the balancer's limits while one on
 * 127.0.0.3 is served, every request answered.</li>
 * </ol>
 * Behaviour is asserted, not latency: the latencies are printed, and measured for BENCHMARKS.md by
 * {@code bench/replicas.sh}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasTest {

    private static final String RESOLUTIONS = "PREFIX unkg: <https://w3id.org/unkg/ontology#>\n"
            + "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a unkg:Resolution }";
    private static final String NEW_RESOLUTION = "/page/document/S/RES/9999(2026)";
    /** Each client's pause between an answer and its next request: 16 clients ask at most 64 requests a second. */
    private static final Duration PAUSE = Duration.ofMillis(250);

    @TempDir
    static Path dir;
    static Replicas replicas;
    static Path v1;
    static Path v2;
    static String version1;
    static String version2;

    @BeforeAll
    static void threeReplicasOfImageV1() throws Exception {
        Assumptions.assumeTrue(Replicas.haproxyInstalled(), "needs Debian's haproxy (.ci/run installs it)");
        // Two documents and the query gallery: small, so that three replicas and their restarts stay cheap on a
        // machine of two cores, while every request of the load (the gallery, the pages) is the site's own.
        Workspace project = new Workspace(Path.of("").toAbsolutePath());
        List<InputFile> inputs = List.of(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, dir)),
                InputFile.of(project.gallery(), "https://w3id.org/unkg/graph/queries"));
        v1 = dir.resolve("v1.tar.zst");
        version1 = image(dir.resolve("db1"), inputs, v1).datasetVersion();
        // v2 holds one resolution more
        Path extra = Files.writeString(dir.resolve("extra.trig"), """
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                PREFIX dct:  <http://purl.org/dc/terms/>
                PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
                <https://w3id.org/unkg/graph/S/RES/9999(2026)> {
                  <https://w3id.org/unkg/id/document/S/RES/9999(2026)> a unkg:Resolution ;
                      unkg:symbol "S/RES/9999 (2026)" ; dct:date "2026-11-30"^^xsd:date .
                }
                """, StandardCharsets.UTF_8);
        List<InputFile> more = new ArrayList<>(inputs);
        more.add(InputFile.of(extra));
        v2 = dir.resolve("v2.tar.zst");
        version2 = image(dir.resolve("db2"), more, v2).datasetVersion();
        assertTrue(version1.compareTo(version2) < 0);

        replicas = new Replicas(Files.createDirectories(dir.resolve("replicas")));
        replicas.start(v1);
    }

    private static ImageManifest image(Path db, List<InputFile> inputs, Path image) {
        return new ImageBuilder(Progress.silent())
                .build(new StoreBuilder(new StoreLayout(db), Fixtures.config()).build(inputs).store(), image);
    }

    @AfterAll
    static void stop() throws Exception {
        if (replicas != null) {
            replicas.close();
        }
    }

    @Test
    @Order(1)
    void aReplicaKilledWithSigkillAndRestartedCostsNoRetriableRequest() throws Exception {
        try (LoadClient load = new LoadClient(replicas.balancer(), addresses(16), LoadClient.galleryAndPages(),
                PAUSE).start()) {
            await(() -> load.outcomes().size() >= 100, "100 answers before the kill", load);
            String victim = busiestReplica();
            int before = load.outcomes().size();
            long killed = System.nanoTime();
            replicas.kill(victim);
            long dead = System.nanoTime();
            await(() -> load.outcomes().size() >= before + 200, "200 answers after the kill", load);
            replicas.restart(victim);
            System.out.printf("%s killed, restarted and used again by HAProxy in %d s%n", victim,
                    (System.nanoTime() - killed) / 1_000_000_000);
            int logged = replicas.accessLog().size();
            int restarted = load.outcomes().size();
            await(() -> load.outcomes().size() >= restarted + 100 && servedSince(logged, victim),
                    "100 answers after the restart, some by " + victim, load);
            List<LoadClient.Outcome> outcomes = load.stop();

            List<LoadClient.Outcome> failed = outcomes.stream().filter(ReplicasTest::failed).toList();
            // An answer already under way when its replica died cannot be replayed by the balancer: one asked before
            // the process was seen dead may have reached it (the signal takes a moment to land, HAProxy a moment
            // more to notice), and one that had begun can only break off.
            List<LoadClient.Outcome> cutShort = failed.stream()
                    .filter(o -> o.failed() && o.answerBegun() && o.sent() < dead && o.done() >= killed).toList();
            List<LoadClient.Outcome> unexpected = failed.stream().filter(o -> !cutShort.contains(o)).toList();
            report("kill " + victim, outcomes, cutShort);
            assertEquals(List.of(), unexpected, "failed requests other than answers cut short by the kill\n"
                    + replicas.logs());
            assertTrue(outcomes.size() >= 400, "at least 400 requests: " + outcomes.size());
        }
    }

    @Test
    @Order(2)
    void aRollOutFromV1ToV2CostsNoRequestAndNeverGoesBack() throws Exception {
        try (LoadClient load = new LoadClient(replicas.balancer(), addresses(16), LoadClient.galleryAndPages(),
                PAUSE).start()) {
            await(() -> load.outcomes().size() >= 100, "100 answers before the roll-out", load);
            long rolling = System.nanoTime();
            replicas.rollOut(v2);
            long rolledOut = System.nanoTime();
            System.out.printf("roll-out of three replicas in %d s%n", (rolledOut - rolling) / 1_000_000_000);
            await(() -> load.outcomes().stream().filter(o -> o.sent() > rolledOut).count() >= 100,
                    "100 answers after the roll-out", load);
            List<LoadClient.Outcome> outcomes = load.stop();
            report("roll-out", outcomes, List.of());

            assertEquals(List.of(), outcomes.stream().filter(ReplicasTest::failed).toList(), "failed requests\n"
                    + replicas.logs());
            for (LoadClient.Outcome o : outcomes) {
                assertTrue(version1.equals(o.version()) || version2.equals(o.version()), "the version of " + o);
            }
            Map<Integer, List<LoadClient.Outcome>> byClient = outcomes.stream()
                    .collect(Collectors.groupingBy(LoadClient.Outcome::client));
            for (List<LoadClient.Outcome> answers : byClient.values()) {
                boolean seenV2 = false;
                for (LoadClient.Outcome o : answers.stream().sorted((a, b) -> Long.compare(a.sent(), b.sent()))
                        .toList()) {
                    assertTrue(!seenV2 || version2.equals(o.version()), "v1 after v2 for client " + o.client()
                            + ": " + o);
                    seenV2 |= version2.equals(o.version());
                }
            }
            assertTrue(outcomes.stream().anyMatch(o -> version1.equals(o.version())), "v1 served before");
            assertEquals(List.of(), outcomes.stream().filter(o -> o.sent() > rolledOut)
                    .filter(o -> !version2.equals(o.version())).toList(), "only v2 after the roll-out");
        }
        try (LoadClient probe = new LoadClient(replicas.balancer(), addresses(16), List.of(
                "/sparql?query=" + URLEncoder.encode(RESOLUTIONS, StandardCharsets.UTF_8), NEW_RESOLUTION),
                Duration.ofMillis(10)).start()) {
            await(() -> probe.outcomes().size() >= 32, "every client asks both", probe);
            for (LoadClient.Outcome o : probe.stop()) {
                assertEquals(200, o.status(), o.toString());
                assertEquals(version2, o.version());
            }
        }
    }

    @Test
    @Order(3)
    void aHostileClientIsRefusedByTheBalancerWhileAWellBehavedOneIsServed() throws Exception {
        String heavy = "/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . "
                + "?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }", StandardCharsets.UTF_8);
        try (LoadClient hostile = new LoadClient(replicas.balancer(), IntStream.range(0, 24)
                .mapToObj(i -> "127.0.0.2").toList(), List.of(heavy), Duration.ofMillis(50));
             LoadClient wellBehaved = new LoadClient(replicas.balancer(), List.of("127.0.0.3"),
                     LoadClient.galleryAndPages(), Duration.ofMillis(100))) {
            hostile.start();
            wellBehaved.start();
            Thread.sleep(TimeUnit.SECONDS.toMillis(15));
            List<LoadClient.Outcome> good = wellBehaved.stop();
            List<LoadClient.Outcome> bad = hostile.stop();
            Map<Integer, Long> statuses = new TreeMap<>(bad.stream()
                    .collect(Collectors.groupingBy(LoadClient.Outcome::status, Collectors.counting())));
            System.out.printf("hostile client on 127.0.0.2: %d requests, by status %s; well-behaved client on "
                    + "127.0.0.3: %d requests, p50 %d ms, p99 %d ms, slowest %d ms%n", bad.size(), statuses,
                    good.size(), LoadClient.percentile(good, 50), LoadClient.percentile(good, 99),
                    LoadClient.percentile(good, 100));
            assertTrue(statuses.getOrDefault(429, 0L) > 0, "the hostile client is refused: " + statuses);
            assertTrue(bad.stream().filter(o -> o.status() == 429).allMatch(o -> o.version() == null),
                    "by the balancer, before any replica");
            assertTrue(good.size() >= 20, "the well-behaved client kept asking: " + good.size());
            assertEquals(List.of(), good.stream().filter(ReplicasTest::failed).toList(),
                    "every request of the well-behaved client is answered");
        }
    }

    /** A request that did not get a whole answer of the kind asked for. */
    private static boolean failed(LoadClient.Outcome o) {
        return o.failed() || o.status() != 200 && o.status() != 303;
    }

    private static List<String> addresses(int n) {
        return IntStream.range(0, n).mapToObj(i -> "127.0.0." + (10 + i)).toList();
    }

    /** The replica that has answered the most requests so far, by HAProxy's log. */
    private static String busiestReplica() throws IOException {
        Map<String, Long> served = new TreeMap<>();
        for (String line : replicas.accessLog()) {
            for (String name : List.of("r1", "r2", "r3")) {
                if (line.contains(" replicas/" + name + " ")) {
                    served.merge(name, 1L, Long::sum);
                }
            }
        }
        assertTrue(!served.isEmpty(), "HAProxy logged the requests");
        return served.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static boolean servedSince(int line, String name) {
        try {
            List<String> log = replicas.accessLog();
            return log.subList(Math.min(line, log.size()), log.size()).stream()
                    .anyMatch(l -> l.contains(" replicas/" + name + " ") && l.contains(" 200 "));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void report(String what, List<LoadClient.Outcome> outcomes, List<LoadClient.Outcome> cutShort) {
        System.out.printf("%s: %d requests from 16 clients, %d failed, of which %d answers cut short by the kill %s;"
                + " p50 %d ms, p99 %d ms%n", what, outcomes.size(), outcomes.stream().filter(ReplicasTest::failed)
                .count(), cutShort.size(), cutShort.stream().map(LoadClient.Outcome::target).toList(),
                LoadClient.percentile(outcomes, 50), LoadClient.percentile(outcomes, 99));
    }

    /** Waits for a condition, for at most five minutes: a busy machine is slow, not wrong. */
    private static void await(BooleanSupplier condition, String what, LoadClient load) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " within five minutes (" + load.outcomes().size()
                    + " answers so far)\n" + replicas.logs());
            Thread.sleep(100);
        }
        assertNotNull(load);
    }
}
