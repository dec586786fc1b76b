package org.unkg.serve.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.unkg.common.Sha256;
import org.unkg.testing.Http;
import org.unkg.testing.SampleSite;

/** The dump is the whole dataset, as the endpoint serves it, with a checksum that matches, served as files are. */
class DumpTest {

    private static final String DUMP = "/dumps/unkg.nq.gz";

    @Test
    void theDumpIsEveryQuadOfTheEndpointWithItsChecksum() throws IOException {
        HttpResponse<byte[]> file = Http.get(SampleSite.url(DUMP));
        assertEquals(200, file.statusCode());
        // N-Quads, gzip-coded: a client that asks for N-Quads can use it, one that decodes gzip gets the text.
        assertEquals("application/n-quads", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("gzip", file.headers().firstValue("Content-Encoding").orElseThrow());
        HttpResponse<byte[]> plain = Http.get(SampleSite.url(DUMP), "Accept-Encoding", "identity");
        assertEquals("application/gzip", plain.headers().firstValue("Content-Type").orElseThrow(),
                "a client that takes no gzip coding gets the file as a gzip file");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertArrayEquals(file.body(), plain.body());
        assertEquals(file.body().length, Long.parseLong(file.headers().firstValue("Content-Length").orElseThrow()));

        String checksum = Http.text(SampleSite.url(DUMP + ".sha256"));
        assertEquals(Sha256.hex(file.body()) + "  unkg.nq.gz\n", checksum, "the format of sha256sum");

        StreamRDFCounting counter = StreamRDFLib.count();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(counter);
        }
        long quads = counter.countQuads();
        try (QueryExecHTTP exec = QueryExecHTTP.service(SampleSite.server().endpointUrl())
                .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            assertEquals(((Number) rows.get(0).get("n").getLiteralValue()).longValue(), quads);
        }
        assertEquals(0, counter.countTriples(), "nothing in the default graph");
    }

    /** The distinct triples: the endpoint's default graph, each triple once, for stores without a union graph. */
    @Test
    void theTriplesDumpIsTheDistinctTriplesOfTheUnion() throws IOException {
        HttpResponse<byte[]> file = Http.get(SampleSite.url("/dumps/unkg.nt.gz"));
        assertEquals(200, file.statusCode());
        assertEquals("application/n-triples", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("gzip", file.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals(Sha256.hex(file.body()) + "  unkg.nt.gz\n", Http.text(SampleSite.url("/dumps/unkg.nt.gz.sha256")));
        List<String> lines;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file.body()))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        Graph graph = RDFParser.fromString(String.join("\n", lines), Lang.NTRIPLES).toGraph();
        assertEquals(lines.size(), graph.size(), "each triple once");
        // The quads' dump read into one graph: the same distinct triples (a graph holds a triple once).
        Graph union = GraphFactory.createDefaultGraph();
        long[] quads = {0};
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Http.get(SampleSite.url(DUMP)).body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    quads[0]++;
                    union.add(q.asTriple());
                }
            });
        }
        assertTrue(union.isIsomorphicWith(graph), "every distinct triple of the named graphs, and nothing else");
        System.out.printf("dumps: %d quads, %d distinct triples: %.1f %% of the quads repeat a triple%n", quads[0],
                graph.size(), 100.0 * (quads[0] - graph.size()) / quads[0]);
    }

    @Test
    void aDownloadCanResumeAndIsNotSentTwice() {
        HttpResponse<byte[]> whole = Http.get(SampleSite.url(DUMP));
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());

        HttpResponse<byte[]> part = Http.get(SampleSite.url(DUMP), "Range", "bytes=100-199");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/" + whole.body().length,
                part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(whole.body(), 100, 200), part.body());

        HttpResponse<byte[]> tail = Http.get(SampleSite.url(DUMP), "Range", "bytes=-10");
        assertArrayEquals(Arrays.copyOfRange(whole.body(), whole.body().length - 10, whole.body().length), tail.body());
        assertEquals(416, Http.get(SampleSite.url(DUMP), "Range", "bytes=" + whole.body().length + "-").statusCode());
        assertEquals(304, Http.get(SampleSite.url(DUMP), "If-None-Match", etag).statusCode());
    }

    @Test
    void theListingLinksTheFiles() {
        HttpResponse<byte[]> listing = Http.get(SampleSite.url("/dumps/"), "Accept", Http.BROWSER_ACCEPT);
        assertEquals(200, listing.statusCode());
        String html = new String(listing.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("href=\"/dumps/unkg.nq.gz\""));
        assertTrue(html.contains("href=\"/dumps/unkg.nq.gz.sha256\""));
        String sha256 = Http.text(SampleSite.url(DUMP + ".sha256")).substring(0, 64);
        assertTrue(html.contains(sha256));
        HttpResponse<byte[]> moved = Http.get(SampleSite.url("/dumps"));
        assertEquals(301, moved.statusCode());
        assertEquals("/dumps/", moved.headers().firstValue("Location").orElseThrow());
        assertEquals(404, Http.get(SampleSite.url("/dumps/other.nq.gz")).statusCode());
    }
}
