package org.unkg.testing;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;

/**
 * SPARQL SELECT queries on the sample site's endpoint, over HTTP as any client would send them, for tests that check
 * what a page or an API says against what the endpoint says. The usual prefixes are declared.
 */
public final class SampleQueries {

    public static final String PREFIXES = """
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            """;

    private SampleQueries() {
    }

    /** The rows of a SELECT, each variable's value as text (an IRI or a literal's lexical form). */
    public static List<Map<String, String>> select(String query) {
        HttpResponse<byte[]> answer = Http.get(SampleSite.server().endpointUrl() + "?query="
                + Http.encode(PREFIXES + query), "Accept", "application/sparql-results+json");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.statusCode() + " for " + query);
        }
        ResultSet results = ResultSetFactory.fromJSON(new ByteArrayInputStream(answer.body()));
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            Map<String, String> values = new HashMap<>();
            row.varNames().forEachRemaining(v -> values.put(v, row.get(v).isLiteral()
                    ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
            rows.add(values);
        }
        return rows;
    }

    /** The values of one variable over all rows. */
    public static List<String> column(String query, String variable) {
        return select(query).stream().map(row -> row.get(variable)).toList();
    }

    /** The number a {@code SELECT (COUNT(...) AS ?n)} gives. */
    public static long count(String query) {
        return Long.parseLong(select(query).get(0).get("n"));
    }
}
