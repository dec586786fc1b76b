package org.unkg.serve.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.load.DatasetDump;
import org.unkg.testing.Http;
import org.unkg.testing.NpmClient;
import org.unkg.testing.ReadmeQueries;
import org.unkg.testing.SampleSite;

/**
 * Oxigraph, a store nobody here wrote ({@code oxigraph} from npm, run by the system's Node.js:
 * {@code src/test/resources/clients/oxigraph/oxigraph_client.mjs}), loads the sample site's dumps and answers the
 * README's queries (those without Jena's {@code text:query}) with the endpoint's rows, each as many times: from the
 * distinct triples ({@code unkg.nt.gz}) in its default graph, and from the quads ({@code unkg.nq.gz}) with the union
 * of its named graphs as the default graph, which repeats a row for each graph that holds the same triple. Before
 * issue 16's "one triple, one graph", the second gave 365 rows where the endpoint gave 57.
 */
class OxigraphClientTest {

    private static final NpmClient OXIGRAPH = new NpmClient("oxigraph", "oxigraph_client.mjs", "oxigraph", 18);

    @BeforeAll
    static void oxigraphIsInstalled() {
        Optional<String> why = OXIGRAPH.unavailable();
        Assumptions.assumeTrue(why.isEmpty(), () -> "skipped: " + why.orElseThrow());
    }

    @Test
    void oxigraphLoadingTheDumpsGivesTheEndpointsRowsToTheReadmeQueries() throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        ReadmeQueries.all().forEach((name, query) -> {
            if (!query.contains("text:query")) {
                queries.put(name, query);
            }
        });
        assertTrue(queries.size() >= 8, queries.size() + " README queries without text:query");
        Files.createDirectories(OXIGRAPH.home());
        Path triples = Files.write(OXIGRAPH.home().resolve(DatasetDump.TRIPLES_FILE_NAME),
                Http.get(SampleSite.url("/dumps/" + DatasetDump.TRIPLES_FILE_NAME)).body());
        Path quads = Files.write(OXIGRAPH.home().resolve(DatasetDump.FILE_NAME),
                Http.get(SampleSite.url("/dumps/" + DatasetDump.FILE_NAME)).body());
        JsonObject job = new JsonObject();
        job.put("triples", triples.toString());
        job.put("quads", quads.toString());
        JsonObject sent = new JsonObject();
        queries.forEach(sent::put);
        job.put("queries", sent);
        JsonObject answers = OXIGRAPH.run(job, 10);

        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            String name = query.getKey();
            Map<Map<String, Node>, Integer> expected;
            try (var exec = QueryExecHTTP.service(SampleSite.server().endpointUrl()).query(query.getValue()).build()) {
                expected = ReadmeQueries.rows(exec.select());
            }
            assertFalse(expected.isEmpty(), name + ": the endpoint answers with rows");
            for (String store : List.of("triples", "quads")) {
                Map<Map<String, Node>, Integer> got = ReadmeQueries.rows(
                        parse(name, answers.get(store).getAsObject().get(name)));
                if (!expected.equals(got)) {
                    differ.add(name + " on Oxigraph's " + store + ": the endpoint gave " + count(expected)
                            + " rows, Oxigraph " + count(got) + "; only the endpoint's: "
                            + ReadmeQueries.onlyIn(expected, got) + "; only Oxigraph's: "
                            + ReadmeQueries.onlyIn(got, expected));
                }
            }
        }
        assertEquals(List.of(), differ);
    }

    private static int count(Map<Map<String, Node>, Integer> rows) {
        return rows.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static RowSet parse(String name, JsonValue answer) {
        JsonObject object = answer.getAsObject();
        if (object.hasKey("error")) {
            fail(name + ": Oxigraph failed: " + object.get("error").getAsString().value());
        }
        return RowSet.adapt(ResultSetMgr.read(
                new ByteArrayInputStream(object.toString().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
    }
}
