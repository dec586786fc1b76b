package org.unkg.up;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.cli.Main;
import org.unkg.load.InputFile;
import org.unkg.load.StoreBuilder;
import org.unkg.load.StoreConfig;
import org.unkg.load.StoreLayout;
import org.unkg.serve.SparqlServer;

/**
 * The pipeline end to end with real parts: the command line converts the Chinese corpus and a sample of
 * resolutions, loads them into a real TDB2 store, and a real Fuseki on a free port answers over HTTP.
 */
class EndToEndTest {

    private static final List<String> RESOLUTIONS = List.of("S-RES-1373(2001).txt", "S-RES-1377(2001).txt",
            "S-RES-1390(2002).txt", "S-RES-1455(2003).txt", "S-RES-1540(2004).txt", "S-RES-1624(2005).txt",
            "S-RES-2195(2014).txt", "S-RES-1000(1995).txt", "S-RES-10(1946).txt");

    @TempDir
    static Path dir;
    private static SparqlServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void convertLoadServe() throws Exception {
        Path sample = Files.createDirectories(dir.resolve("en"));
        for (String f : RESOLUTIONS) {
            Files.copy(Path.of("data/en-resolutions", f), sample.resolve(f));
        }
        Path nq = dir.resolve("out/unkg.nq");
        assertEquals(0, Main.run("convert", "--manifest", "data/zh/manifest.csv", "--out", nq.toString(), "data/zh",
                sample.toString()));
        Path db = dir.resolve("db");
        List<InputFile> inputs = new java.util.ArrayList<>(List.of(InputFile.of(nq),
                InputFile.of(Path.of("ontology/unkg.ttl"), "https://w3id.org/unkg/graph/ontology")));
        for (String v : List.of("organizations", "themes")) {
            inputs.add(InputFile.of(Path.of("ontology/vocabularies/" + v + ".ttl"),
                    "https://w3id.org/unkg/graph/vocabulary/" + v));
        }
        new StoreBuilder(new StoreLayout(db), StoreConfig.locate()).build(inputs);
        server = SparqlServer.builder(new StoreLayout(db).requireCurrent()).port(0).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static Set<String> column(String query, String var) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, res.statusCode(), new String(res.body(), StandardCharsets.UTF_8));
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(res.body()));
        Set<String> values = new TreeSet<>();
        rs.forEachRemaining(row -> values.add(row.get(var).isLiteral() ? row.getLiteral(var).getLexicalForm()
                : row.get(var).toString()));
        return values;
    }

    @Test
    void whatThePresidentialStatementCites() throws Exception {
        Set<String> cited = column("""
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                SELECT ?symbol WHERE {
                  ?s unkg:symbol "S/PRST/2012/16" ; unkg:cites ?d . ?d unkg:symbol ?symbol }""", "symbol");
        assertEquals(Set.of("S/RES/1373 (2001)", "S/RES/1540 (2004)"), cited);
    }

    @Test
    void whatCitesResolution1373() throws Exception {
        Set<String> citing = column("""
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                SELECT ?symbol WHERE {
                  ?d unkg:cites <https://w3id.org/unkg/id/document/S/RES/1373(2001)> ; unkg:symbol ?symbol }""",
                "symbol");
        assertTrue(citing.containsAll(Set.of("S/PRST/2012/16", "S/PRST/2012/17", "S/RES/1390 (2002)", "S/RES/1455 (2003)", "S/RES/1540 (2004)", "S/RES/1624 (2005)",
                "S/RES/2195 (2014)")), citing.toString());
        // 1540 (2004) names "resolution 1373" without its year; 1377 (2001) adopts a declaration that is not here
        assertTrue(!citing.contains("S/RES/1373 (2001)") && !citing.contains("S/RES/1000 (1995)")
                && !citing.contains("S/RES/1377 (2001)"), citing.toString());
        // the letter has no symbol: it is found by its type
        assertEquals(Set.of("1"), column("""
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                SELECT (COUNT(*) AS ?n) WHERE {
                  ?d a unkg:Letter ; unkg:cites <https://w3id.org/unkg/id/document/S/RES/1373(2001)> }""", "n"));
    }

    @Test
    void alignedTermsAnswerLikeOurs() throws Exception {
        String citing = """
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                PREFIX eli:  <http://data.europa.eu/eli/ontology#>
                PREFIX dct:  <http://purl.org/dc/terms/>
                SELECT ?symbol WHERE { ?d PROPERTY <https://w3id.org/unkg/id/document/S/RES/1373(2001)> ;
                                          unkg:symbol ?symbol }""";
        Set<String> ours = column(citing.replace("PROPERTY", "unkg:cites"), "symbol");
        assertTrue(ours.size() >= 7, ours.toString());
        assertEquals(ours, column(citing.replace("PROPERTY", "eli:cites"), "symbol"));
        assertEquals(ours, column(citing.replace("PROPERTY", "dct:references"), "symbol"));

        String typed = """
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                PREFIX undo: <https://w3id.org/un/ontology/undo/>
                PREFIX eli:  <http://data.europa.eu/eli/ontology#>
                SELECT ?d WHERE { ?d a CLASS ; unkg:hasVersion ?v }""";
        Set<String> resolutions = column(typed.replace("CLASS", "unkg:Resolution"), "d");
        assertEquals(resolutions, column(typed.replace("CLASS", "undo:Resolution"), "d"));
        assertEquals(column(typed.replace("CLASS", "unkg:PresidentialStatement"), "d"),
                column(typed.replace("CLASS", "undo:OfficialStatement"), "d"));
        Set<String> versions = column("""
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                PREFIX eli:  <http://data.europa.eu/eli/ontology#>
                SELECT ?v WHERE { ?d eli:is_realized_by ?v . ?v eli:realizes ?d }""", "v");
        assertEquals(column("PREFIX unkg: <https://w3id.org/unkg/ontology#> SELECT ?v { ?d unkg:hasVersion ?v }", "v"),
                versions);
    }

    @Test
    void vocabularyHierarchiesAreTraversable() throws Exception {
        Set<String> bodies = column("""
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT ?b WHERE { ?b org:subOrganizationOf+ <https://w3id.org/unkg/id/organization/UNSC> }""", "b");
        assertTrue(bodies.contains("https://w3id.org/unkg/id/organization/CTED"), bodies.toString());
        Set<String> ancestors = column("""
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT ?x WHERE { <https://w3id.org/unkg/id/organization/CTED> org:transitiveSubOrganizationOf ?x }""",
                "x");
        assertTrue(ancestors.containsAll(Set.of("https://w3id.org/unkg/id/organization/CTC",
                "https://w3id.org/unkg/id/organization/UNSC")), ancestors.toString());
        assertEquals(column("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?a ?b WHERE { ?a skos:broader+ ?b }""", "a"), column("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?a ?b WHERE { ?a skos:broaderTransitive ?b }""", "a"));
    }

    @Test
    void chineseFullTextSearchFindsAParagraph() throws Exception {
        Set<String> docs = column("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX dct:  <http://purl.org/dc/terms/>
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                SELECT DISTINCT ?symbol WHERE {
                  (?p ?score) text:query (unkg:text "资助恐怖主义" 20 "lang:zh") .
                  ?p dct:isPartOf/unkg:symbol ?symbol }""", "symbol");
        assertTrue(docs.contains("S/PRST/2012/17"), docs.toString());
    }
}
