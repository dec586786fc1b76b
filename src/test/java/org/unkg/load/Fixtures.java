package org.unkg.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** The test data under {@code src/test/resources/load/}, and what tests ask of a store. */
public final class Fixtures {

    /** Two documents shaped as docs/data-model.md describes, one Chinese, one English, each in its own graph. */
    public static final String DOCUMENTS = "documents.nq";
    public static final long DOCUMENT_QUADS = 45;
    /** An agenda item in the default graph, as the vocabulary files have them. */
    public static final String AGENDA_ITEMS = "agenda-items.ttl";
    public static final long AGENDA_ITEM_TRIPLES = 7;
    /** N-Quads with a space inside an IRI on line 3. */
    public static final String BROKEN = "broken.nq";

    public static final String PREFIXES = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private Fixtures() {
    }

    /** Copies a fixture into a directory, so that tests may change or compress it. */
    public static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Fixtures.class.getResourceAsStream("/load/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    /** The description the project ships, as the working directory of the build has it. */
    public static StoreConfig config() {
        return StoreConfig.read(Path.of(ConfigFile.CONFIG_TTL));
    }

    /** Runs a SELECT over a store's text dataset, the union of its named graphs being the default graph. */
    public static List<QuerySolution> select(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + query, DatasetFactory.wrap(dataset))) {
                return ResultSetFormatter.toList(qe.execSelect());
            }
        });
    }

    /** Nothing entailed: for tests that count the quads of their fixtures. */
    static Entailment noEntailment() {
        return Entailment.of(org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
    }
}
