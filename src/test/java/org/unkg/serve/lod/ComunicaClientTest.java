package org.unkg.serve.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.common.IriScheme;
import org.unkg.serve.sparql.Gallery;
import org.unkg.testing.Comunica;
import org.unkg.testing.Http;
import org.unkg.testing.ReadmeQueries;
import org.unkg.testing.SampleSite;

/**
 * Comunica, a client nobody here wrote, uses the sample site as a linked-data user's script would
 * ({@code src/test/resources/clients/comunica/comunica_client.mjs}): it sends the README's queries and the gallery's
 * SELECT queries to {@code /sparql}, and it answers a query from nothing but what it reads when it dereferences an
 * entity's IRI. Each answer is compared with the server's own. The system's Node.js runs it ({@code .ci/run} installs
 * Debian's {@code nodejs} and {@code npm}).
 */
class ComunicaClientTest {

    private static final String ENTITY = IriScheme.standard().entity("organization", "CTED");

    @BeforeAll
    static void comunicaIsInstalled() {
        Optional<String> why = Comunica.unavailable();
        Assumptions.assumeTrue(why.isEmpty(), () -> "skipped: " + why.orElseThrow());
    }

    /**
     * The gallery's SELECT queries but those with {@code text:query}, Jena's full-text property function: the
     * README's examples already send it through Comunica, and the rest are the SPARQL that any endpoint answers.
     */
    private static Map<String, String> galleryQueries() {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Gallery.Example example : Gallery.load().examples()) {
            if (example.kind().equals("SELECT") && !example.query().contains("text:query")) {
                queries.put("gallery " + example.id(), example.query());
            }
        }
        return queries;
    }

    private static Map<Map<String, Node>, Integer> rows(RowSet rows) {
        return ReadmeQueries.rows(rows);
    }

    private static List<String> onlyIn(Map<Map<String, Node>, Integer> one, Map<Map<String, Node>, Integer> other) {
        return ReadmeQueries.onlyIn(one, other);
    }

    private static RowSet parse(String name, JsonValue answer) {
        JsonObject object = answer.getAsObject();
        if (object.hasKey("error")) {
            fail(name + ": Comunica failed: " + object.get("error").getAsString().value());
        }
        return RowSet.adapt(ResultSetMgr.read(
                new ByteArrayInputStream(object.toString().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
    }

    private static Map<Map<String, Node>, Integer> fromEndpoint(String query) {
        try (var exec = QueryExecHTTP.service(SampleSite.server().endpointUrl()).query(query).build()) {
            return rows(exec.select());
        }
    }

    @Test
    void comunicaGetsTheEndpointsAnswersToTheReadmeAndGalleryQueries() throws Exception {
        Map<String, String> queries = new LinkedHashMap<>(ReadmeQueries.all());
        assertTrue(queries.size() >= 10, queries.size() + " README queries");
        queries.putAll(galleryQueries());
        JsonObject job = new JsonObject();
        job.put("endpoint", SampleSite.server().endpointUrl());
        JsonObject sent = new JsonObject();
        queries.forEach(sent::put);
        job.put("queries", sent);
        job.put("traversals", new JsonObject());
        JsonObject answers = Comunica.run(job).get("queries").getAsObject();
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            String name = query.getKey();
            Map<Map<String, Node>, Integer> expected = fromEndpoint(query.getValue());
            assertFalse(expected.isEmpty(), name + ": the endpoint answers with rows");
            Map<Map<String, Node>, Integer> got = rows(parse(name, answers.get(name)));
            if (!expected.equals(got)) {
                differ.add(name + ": the endpoint gave " + expected.size() + " distinct rows, Comunica "
                        + got.size() + "; only the endpoint's: " + onlyIn(expected, got) + "; only Comunica's: "
                        + onlyIn(got, expected) + "\n" + query.getValue());
            }
        }
        assertEquals(List.of(), differ);
    }

    /**
     * Item 1 of issue 16: given an entity's address as its only source, Comunica dereferences it with its own
     * {@code Accept}, which puts N-Quads first; the answer is the description in the default graph, the same
     * triples as the Turtle. Before the fix the N-Quads held the description only in named graphs, so that a query
     * without {@code GRAPH} found nothing.
     *
     * <p>The data's IRIs are under {@code https://w3id.org/unkg/}, not under the test server's address: the server
     * answers for {@code {base}id/...} at its own {@code /id/...} (see {@link LocalPaths}). So the source is the
     * local address, from which Comunica follows the 303 See Other to {@code /data/...}; and the subject asked for
     * is the IRI the data uses, which the description's statements are about whatever address they were read from.
     */
    @Test
    void comunicaTraversesFromADereferencedIriToItsDescription() throws Exception {
        String source = SampleSite.url("/" + LocalPaths.ID + "organization/CTED");
        JsonObject traversals = new JsonObject();
        traversals.put("about", traversal(source, "SELECT * WHERE { <" + ENTITY + "> ?p ?o }"));
        traversals.put("all", traversal(source, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"));
        JsonObject job = new JsonObject();
        job.put("endpoint", SampleSite.server().endpointUrl());
        job.put("queries", new JsonObject());
        job.put("traversals", traversals);
        JsonObject answers = Comunica.run(job).get("traversals").getAsObject();

        Graph description = RDFParser.fromString(Http.text(SampleSite.url("/data/organization/CTED.ttl")),
                Lang.TURTLE).toGraph();
        assertTrue(description.size() > 10, description.size() + " triples in CTED's description");

        Map<Map<String, Node>, Integer> about = new HashMap<>();
        description.find(NodeFactory.createURI(ENTITY), Node.ANY, Node.ANY)
                .forEach(t -> about.merge(Map.of("p", t.getPredicate(), "o", t.getObject()), 1, Integer::sum));
        assertFalse(about.isEmpty(), "the description says something about " + ENTITY);
        assertEquals(about, rows(parse("about", answers.get("about"))), "<" + ENTITY + "> ?p ?o");

        Graph read = GraphFactory.createDefaultGraph();
        parse("all", answers.get("all")).forEachRemaining(
                row -> read.add(Triple.create(row.get("s"), row.get("p"), row.get("o"))));
        assertEquals(description.size(), read.size(), "triples Comunica read from " + source);
        assertTrue(description.isIsomorphicWith(read), "Comunica read the description from " + source);
    }

    private static JsonObject traversal(String source, String query) {
        JsonObject traversal = new JsonObject();
        traversal.put("source", source);
        traversal.put("query", query);
        return traversal;
    }
}
