package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics counted from TDB2's quad indexes are those SPARQL counts over the union graph, figure for figure, on
 * a real store: the test documents, the project's ontology and vocabularies with their links, what the ontology
 * entails, and a few statements made to be counted wrong by a careless scan (a triple in two graphs, blank nodes,
 * numbers stored inline, links into the data and out of it).
 */
class UnionGraphCountsTest {

    @TempDir
    Path tmp;

    private static final String ID = DatasetStatistics.DEFAULT_URI_SPACE;

    @Test
    void theIndexesCountWhatSparqlCounts() throws IOException {
        List<InputFile> inputs = new ArrayList<>();
        inputs.add(InputFile.of(Fixtures.copy(Fixtures.DOCUMENTS, tmp)));
        inputs.add(InputFile.of(Fixtures.copy("counts.nq", tmp)));
        Path tricky = tmp.resolve("tricky.nq");
        String g1 = "<https://w3id.org/unkg/graph/test/one>";
        String g2 = "<https://w3id.org/unkg/graph/test/two>";
        String s = "<" + ID + "organization/test>";
        Files.writeString(tricky, String.join("\n",
                s + " <" + RDF.type + "> <https://w3id.org/unkg/ontology#Organization> " + g1 + " .",
                s + " <" + RDF.type + "> <https://w3id.org/unkg/ontology#Organization> " + g2 + " .",
                s + " <" + OWL.sameAs + "> <http://www.wikidata.org/entity/Q1065> " + g1 + " .",
                s + " <" + OWL.sameAs + "> <http://www.wikidata.org/entity/Q1065> " + g2 + " .",
                s + " <" + OWL.sameAs + "> <https://w3id.org/unkg/id/organization/other> " + g1 + " .",
                s + " <" + OWL.sameAs + "> <urn:isbn:0451450523> " + g1 + " .",
                s + " <http://www.w3.org/2004/02/skos/core#exactMatch> <https://dbpedia.org/page/UN> " + g2 + " .",
                "_:b <" + RDF.type + "> <https://w3id.org/unkg/ontology#Organization> " + g1 + " .",
                "_:b <" + RDF.type + "> _:c " + g1 + " .",
                "_:b <https://w3id.org/unkg/ontology#count> \"007\"^^<http://www.w3.org/2001/XMLSchema#integer> "
                        + g1 + " .",
                s + " <https://w3id.org/unkg/ontology#count> \"7\"^^<http://www.w3.org/2001/XMLSchema#integer> "
                        + g2 + " .",
                "<https://example.org/outside> <https://w3id.org/unkg/ontology#count> \"7\" " + g2 + " .", ""),
                StandardCharsets.UTF_8);
        inputs.add(InputFile.of(tricky));
        inputs.add(InputFile.of(Path.of("ontology/unkg.ttl"), "https://w3id.org/unkg/graph/ontology"));
        try (Stream<Path> files = Files.list(Path.of("ontology/vocabularies"))) {
            for (Path v : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                String name = v.getFileName().toString().replaceFirst("\\.ttl$", "");
                inputs.add(InputFile.of(v, "https://w3id.org/unkg/graph/vocabulary/" + name));
            }
        }
        Store store = new StoreBuilder(new StoreLayout(tmp.resolve("db")), Fixtures.config())
                .build(inputs).store();

        Model indexed = DatasetStatistics.read(store);
        Model sparql;
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.tdb2().toString());
        try {
            sparql = SparqlCounts.count(dataset, indexed);
        } finally {
            TDBInternal.expel(dataset);
        }
        assertTrue(indexed.listStatements(null, VOID.linkPredicate, OWL.sameAs).hasNext(), "links were counted");
        assertTrue(indexed.listStatements(null, VOID.classPartition, (Resource) null).toList().size() > 10);
        assertTrue(sparql.isIsomorphicWith(indexed), () -> "SPARQL:\n" + turtle(sparql) + "\nindexes:\n"
                + turtle(indexed));
    }

    private static String turtle(Model model) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        return out.toString();
    }

    /** The statistics as they were counted before, with six SPARQL queries over the union graph. */
    private static final class SparqlCounts {

        private static final String LINK_PREDICATES = """
                <http://www.w3.org/2002/07/owl#sameAs> <http://www.w3.org/2004/02/skos/core#exactMatch>
                <http://www.w3.org/2004/02/skos/core#closeMatch> <http://www.w3.org/2004/02/skos/core#broadMatch>
                <http://www.w3.org/2004/02/skos/core#narrowMatch> <http://www.w3.org/2004/02/skos/core#relatedMatch>
                <http://www.w3.org/2000/01/rdf-schema#seeAlso>""";

        /** Counts with SPARQL; the subsets, counted from the stream, are copied from the other model. */
        static Model count(DatasetGraph dataset, Model indexed) {
            Model model = ModelFactory.createDefaultModel();
            Resource root = model.createResource().addProperty(RDF.type, VOID.Dataset);
            root.addProperty(VOID.uriSpace, ID);
            Set<String> vocabularies = new TreeSet<>();
            String base = ID.replaceFirst("[^/]+/$", "");
            Txn.executeRead(dataset, () -> {
                select(dataset, """
                        SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
                               (COUNT(DISTINCT ?p) AS ?properties) (COUNT(DISTINCT ?o) AS ?objects)
                               (COUNT(DISTINCT ?e) AS ?entities)
                        WHERE { ?s ?p ?o BIND(IF(isIRI(?s) && STRSTARTS(STR(?s), "%s"), ?s, ?nothing) AS ?e) }
                        """.formatted(ID), row -> {
                    root.addLiteral(VOID.triples, number(row, "triples"));
                    root.addLiteral(VOID.distinctSubjects, number(row, "subjects"));
                    root.addLiteral(VOID.properties, number(row, "properties"));
                    root.addLiteral(VOID.distinctObjects, number(row, "objects"));
                    root.addLiteral(VOID.entities, number(row, "entities"));
                });
                long[] classes = {0};
                select(dataset, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c",
                        row -> {
                            String c = row.get("c").getURI();
                            root.addProperty(VOID.classPartition, model.createResource()
                                    .addProperty(VOID._class, model.createResource(c))
                                    .addLiteral(VOID.entities, number(row, "n")));
                            vocabularies.add(DatasetStatistics.namespace(c));
                            classes[0]++;
                        });
                root.addLiteral(VOID.classes, classes[0]);
                select(dataset, """
                        SELECT ?p (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
                        WHERE { ?s ?p ?o } GROUP BY ?p""", row -> {
                    String p = row.get("p").getURI();
                    root.addProperty(VOID.propertyPartition, model.createResource()
                            .addProperty(VOID.property, model.createResource(p))
                            .addLiteral(VOID.triples, number(row, "n"))
                            .addLiteral(VOID.distinctSubjects, number(row, "subjects"))
                            .addLiteral(VOID.distinctObjects, number(row, "objects")));
                    vocabularies.add(DatasetStatistics.namespace(p));
                });
                select(dataset, """
                        SELECT ?p ?space (COUNT(*) AS ?n) WHERE {
                          VALUES ?p { %s }
                          ?s ?p ?o
                          FILTER(isIRI(?o) && !STRSTARTS(STR(?o), "%s"))
                          BIND(REPLACE(STR(?o), "^([A-Za-z][A-Za-z0-9+.-]*://[^/]*/).*$", "$1") AS ?space)
                        } GROUP BY ?p ?space""".formatted(LINK_PREDICATES, base), row -> root.addProperty(
                        VOID.subset, model.createResource()
                                .addProperty(RDF.type, VOID.Linkset)
                                .addProperty(VOID.linkPredicate, model.createResource(row.get("p").getURI()))
                                .addProperty(VOID.objectsTarget, model.createResource()
                                        .addProperty(VOID.uriSpace, row.get("space").getLiteralLexicalForm()))
                                .addLiteral(VOID.triples, number(row, "n"))));
            });
            for (String vocabulary : vocabularies) {
                root.addProperty(VOID.vocabulary, model.createResource(vocabulary));
            }
            Resource other = indexed.listSubjectsWithProperty(RDF.type, VOID.Dataset).next();
            other.listProperties(VOID.subset).forEach(st -> {
                if (!st.getResource().hasProperty(RDF.type, VOID.Linkset)) {
                    Resource copy = model.createResource();
                    st.getResource().listProperties().forEach(p -> copy.addProperty(p.getPredicate(), p.getObject()));
                    root.addProperty(VOID.subset, copy);
                }
            });
            assertEquals(root.listProperties(VOID.triples).toList().size(), 1);
            return model;
        }

        private static void select(DatasetGraph dataset, String sparql, Consumer<Binding> each) {
            try (QueryExec exec = QueryExec.dataset(dataset).query(QueryFactory.create(sparql))
                    .set(TDB2.symUnionDefaultGraph, true).timeout(10, TimeUnit.MINUTES).build()) {
                exec.select().forEachRemaining(each);
            }
        }

        private static long number(Binding row, String var) {
            return ((Number) row.get(var).getLiteralValue()).longValue();
        }
    }
}
