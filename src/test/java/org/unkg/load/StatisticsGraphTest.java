package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.common.IriScheme;

/**
 * The statistics graph that the load counts from the stream agrees, data set by data set, with what SPARQL counts in
 * the built store; on a file whose graphs come apart, with a statement sent twice, undated documents and documents
 * cited from outside the corpus.
 */
class StatisticsGraphTest {

    private static final IriScheme IRIS = IriScheme.standard();
    private static final String PREFIXES = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir
    static Path tmp;
    private static Store store;

    @BeforeAll
    static void build() throws IOException {
        store = new StoreBuilder(new StoreLayout(tmp.resolve("db")), Fixtures.config())
                .build(List.of(InputFile.of(Fixtures.copy("counts.nq", tmp)))).store();
    }

    @Test
    void citationsAgreeWithSparql() {
        assertSame("SELECT ?d (COUNT(DISTINCT ?x) AS ?n) { ?x unkg:cites ?d } GROUP BY ?d",
                observations("citations", "?d", "unkg:refDocument ?d ; unkg:documentCount ?n"));
        assertEquals(Set.of("3"), counted("citations", "document/S/RES/1373(2001)", "documentCount"),
                "cited by a letter, a statement and a resolution");
        assertEquals(Set.of("2"), counted("citations", "document/A/RES/60/288", "documentCount"));
    }

    @Test
    void mentionsAgreeWithSparql() {
        String live = """
                SELECT ?e (COUNT(DISTINCT ?doc) AS ?docs) (COUNT(DISTINCT ?p) AS ?paras) {
                  { ?doc unkg:mentions ?e ; unkg:hasVersion [] }
                  UNION { ?p unkg:mentions ?e ; dct:isPartOf/unkg:hasVersion [] }
                } GROUP BY ?e""";
        assertSame(live, observations("mentions", "?e", "unkg:refEntity ?e ; unkg:documentCount ?docs ;"
                + " unkg:paragraphCount ?paras"));
        assertEquals(Set.of("3"), counted("mentions", "organization/CTC", "documentCount"));
        assertEquals(Set.of("3"), counted("mentions", "organization/CTC", "paragraphCount"));
    }

    @Test
    void mentionsPerYearAgreeWithSparql() {
        String live = """
                SELECT ?e ?y (COUNT(DISTINCT ?doc) AS ?docs) (COUNT(DISTINCT ?p) AS ?paras) {
                  { ?doc unkg:mentions ?e ; unkg:hasVersion [] ; dct:date ?date }
                  UNION { ?p unkg:mentions ?e ; dct:isPartOf ?d . ?d unkg:hasVersion [] ; dct:date ?date }
                  BIND(STR(YEAR(?date)) AS ?y)
                } GROUP BY ?e ?y""";
        assertSame(live, observations("mentions-by-year", "?e ?y", "unkg:refEntity ?e ; unkg:refYear ?year ;"
                + " unkg:documentCount ?docs ; unkg:paragraphCount ?paras BIND(STR(?year) AS ?y)"));
        assertEquals(Set.of("1"), counted("mentions-by-year", "country/SYR/2001", "documentCount"),
                "the undated statement is not in any year");
    }

    @Test
    void mentionsPerTypeAgreeWithSparql() {
        String live = """
                SELECT ?e ?t (COUNT(DISTINCT ?doc) AS ?docs) (COUNT(DISTINCT ?p) AS ?paras) {
                  { ?doc unkg:mentions ?e ; unkg:hasVersion [] ; a ?t }
                  UNION { ?p unkg:mentions ?e ; dct:isPartOf ?doc . ?doc unkg:hasVersion [] ; a ?t }
                  FILTER(STRSTARTS(STR(?t), STR(unkg:)) && ?t != unkg:Document)
                } GROUP BY ?e ?t""";
        assertSame(live, observations("mentions-by-type", "?e ?t", "unkg:refEntity ?e ; unkg:refDocumentType ?t ;"
                + " unkg:documentCount ?docs ; unkg:paragraphCount ?paras"));
    }

    @Test
    void themesPerYearAgreeWithSparql() {
        String live = """
                SELECT ?t ?y (COUNT(DISTINCT ?doc) AS ?n) {
                  ?doc dct:subject ?t ; unkg:hasVersion [] ; dct:date ?date BIND(STR(YEAR(?date)) AS ?y)
                } GROUP BY ?t ?y""";
        assertSame(live, observations("themes-by-year", "?t ?y", "unkg:refTheme ?t ; unkg:refYear ?year ;"
                + " unkg:documentCount ?n BIND(STR(?year) AS ?y)"));
        assertEquals(Set.of("2"), counted("themes-by-year", "theme/terrorism/2001", "documentCount"));
    }

    @Test
    void documentsPerTypeYearAndLanguageAgreeWithSparql() {
        String live = """
                SELECT ?t ?y ?l (COUNT(DISTINCT ?doc) AS ?n) {
                  ?doc unkg:hasVersion/dct:language ?l ; a ?t ; dct:date ?date BIND(STR(YEAR(?date)) AS ?y)
                  FILTER(STRSTARTS(STR(?t), STR(unkg:)) && ?t != unkg:Document)
                } GROUP BY ?t ?y ?l""";
        assertSame(live, observations("documents", "?t ?y ?l", "unkg:refDocumentType ?t ; unkg:refYear ?year ;"
                + " unkg:refLanguage ?l ; unkg:documentCount ?n BIND(STR(?year) AS ?y)"));
    }

    @Test
    void graphSizesAgreeWithTheStoreThoughAGraphCameInTwoRuns() {
        String live = "SELECT ?g ?n { { SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g } }";
        String counted = "SELECT ?g ?n { GRAPH <" + IRIS.statisticsGraph() + "> { <" + IRIS.dataset()
                + "> void:subset ?g . ?g a void:Dataset ; void:triples ?n } }";
        Set<String> rows = rows(counted);
        assertSame(live, counted);
        assertTrue(rows.stream().anyMatch(r -> r.contains(IRIS.statisticsGraph())), "its own size too");
        assertEquals(5, rows.size(), "four documents' graphs and the statistics graph");
    }

    @Test
    void everyDataSetHasItsStructureAndEveryObservationItsDataSet() {
        assertEquals(Set.of(), rows("""
                SELECT ?ds { GRAPH ?g { ?ds a qb:DataSet } FILTER NOT EXISTS { ?ds qb:structure ?s } }"""));
        assertEquals(Set.of(), rows("""
                SELECT ?o { ?o a qb:Observation FILTER NOT EXISTS { ?o qb:dataSet/a qb:DataSet } }"""));
        assertEquals(6, rows("SELECT ?ds { ?ds a qb:DataSet }").size());
    }

    @Test
    void theStatisticsGraphConformsToTheShapes() {
        Graph data = GraphFactory.createDefaultGraph();
        try (OpenStore open = Fixtures.config().open(store)) {
            DatasetGraph base = open.dataset().getBase();
            Txn.executeRead(base, () -> base.getGraph(NodeFactory.createURI(IRIS.statisticsGraph())).find()
                    .forEachRemaining(data::add));
        }
        Graph ontology = RDFDataMgr.loadGraph("ontology/unkg.ttl");
        Node structure = NodeFactory.createURI(StatisticsGraph.QB + "DataStructureDefinition");
        ontology.find(Node.ANY, RDF.type.asNode(), structure).forEachRemaining(data::add);
        ValidationReport report = ShaclValidator.get().validate(
                Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl")), data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        assertTrue(report.conforms(), out.toString());
        assertTrue(data.size() > 100);
    }

    /** Item 6 of issue 17: a server's query timeout in ARQ's global context, set in the same JVM, never reaches the load. */
    @Test
    void aTinyGlobalQueryTimeoutDoesNotCancelTheLoad() throws IOException {
        Object before = ARQ.getContext().get(ARQ.queryTimeout);
        ARQ.getContext().set(ARQ.queryTimeout, "1");
        try {
            Path dir = Files.createDirectories(tmp.resolve("timeout"));
            Store built = new StoreBuilder(new StoreLayout(dir.resolve("db")), Fixtures.config())
                    .build(List.of(InputFile.of(Fixtures.copy("counts.nq", dir)))).store();
            assertFalse(DatasetStatistics.read(built).isEmpty());
        } finally {
            if (before == null) {
                ARQ.getContext().remove(ARQ.queryTimeout);
            } else {
                ARQ.getContext().set(ARQ.queryTimeout, before);
            }
        }
    }

    private static String observations(String dataSet, String dimensions, String pattern) {
        return "SELECT " + dimensions + " " + measures(pattern) + " { GRAPH <" + IRIS.statisticsGraph() + "> { ?o"
                + " qb:dataSet <" + IRIS.statistics(dataSet) + "> ; " + pattern + " } }";
    }

    private static String measures(String pattern) {
        StringBuilder vars = new StringBuilder();
        for (String v : List.of("?n", "?docs", "?paras")) {
            if (pattern.contains(v + " ") || pattern.endsWith(v)) {
                vars.append(v).append(' ');
            }
        }
        return vars.toString();
    }

    private static Set<String> counted(String dataSet, String key, String measure) {
        return rows("SELECT ?n { GRAPH <" + IRIS.statisticsGraph() + "> { <" + IRIS.statistics(dataSet) + "/" + key
                + "> unkg:" + measure + " ?n } }").stream().map(r -> r.replaceAll("^.*=", "")).collect(
                        java.util.stream.Collectors.toSet());
    }

    private static void assertSame(String live, String counted) {
        Set<String> expected = rows(live);
        assertFalse(expected.isEmpty(), live);
        assertEquals(expected, rows(counted));
    }

    /** Each row as its variables' values in order, numbers by their value. */
    private static Set<String> rows(String query) {
        Set<String> rows = new TreeSet<>();
        try (OpenStore open = Fixtures.config().open(store)) {
            for (QuerySolution row : Fixtures.select(open.dataset(), PREFIXES + query)) {
                StringBuilder line = new StringBuilder();
                Set<String> vars = new TreeSet<>();
                row.varNames().forEachRemaining(vars::add);
                vars.forEach(v -> line.append(v).append('=').append(text(row.get(v))).append(' '));
                rows.add(line.toString().strip());
            }
        }
        return rows;
    }

    private static String text(RDFNode node) {
        if (node.isLiteral()) {
            Object value = node.asLiteral().getValue();
            return value instanceof Number n ? Long.toString(n.longValue()) : node.asLiteral().getLexicalForm();
        }
        return node.toString();
    }
}
