package org.unkg.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.unkg.common.IriScheme;
import org.unkg.common.Sha256;
import org.unkg.common.Unkg;

/**
 * The statements of the statistics graph, made from what the load counted in the stream: one W3C Data Cube
 * {@code qb:DataSet} per family of counts ({@code {base}id/statistics/citations}, {@code mentions},
 * {@code mentions-by-year}, {@code mentions-by-type}, {@code themes-by-year}, {@code documents}), each with its
 * structure from the ontology and one {@code qb:Observation} per combination of dimension values that occurs; and
 * the size of every named graph as VoID ({@code <graph> a void:Dataset ; void:triples n}, a {@code void:subset} of
 * the dataset), this graph's own included. An observation's IRI is its data set's followed by its dimension values,
 * each as the key of a data IRI ({@code organization/CTED}), the local name of a term ({@code Resolution}), a
 * year, or the first 16 hex digits of the SHA-256 of any other IRI.
 */
final class StatisticsGraph {

    static final String QB = "http://purl.org/linked-data/cube#";
    private static final Node QB_DATA_SET_CLASS = NodeFactory.createURI(QB + "DataSet");
    private static final Node QB_OBSERVATION = NodeFactory.createURI(QB + "Observation");
    private static final Node QB_DATA_SET = NodeFactory.createURI(QB + "dataSet");
    private static final Node QB_STRUCTURE = NodeFactory.createURI(QB + "structure");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node REF_DOCUMENT = NodeFactory.createURI(Unkg.REF_DOCUMENT);
    private static final Node REF_ENTITY = NodeFactory.createURI(Unkg.REF_ENTITY);
    private static final Node REF_THEME = NodeFactory.createURI(Unkg.REF_THEME);
    private static final Node REF_YEAR = NodeFactory.createURI(Unkg.REF_YEAR);
    private static final Node REF_DOCUMENT_TYPE = NodeFactory.createURI(Unkg.REF_DOCUMENT_TYPE);
    private static final Node REF_LANGUAGE = NodeFactory.createURI(Unkg.REF_LANGUAGE);
    private static final Node DOCUMENT_COUNT = NodeFactory.createURI(Unkg.DOCUMENT_COUNT);
    private static final Node PARAGRAPH_COUNT = NodeFactory.createURI(Unkg.PARAGRAPH_COUNT);

    private final IriScheme iris;
    private final Graph graph = GraphFactory.createDefaultGraph();

    private StatisticsGraph(IriScheme iris) {
        this.iris = iris;
    }

    /**
     * @param counts     what the stream said of the corpus
     * @param graphSizes the number of statements of every other named graph
     */
    static Graph of(IriScheme iris, CorpusCounts counts, Map<Node, Long> graphSizes) {
        StatisticsGraph statistics = new StatisticsGraph(iris);
        statistics.counts(counts);
        statistics.sizes(graphSizes);
        return statistics.graph;
    }

    private void counts(CorpusCounts c) {
        Node citations = dataSet("citations", Unkg.CITATIONS_STRUCTURE);
        c.citing.forEach((cited, citing) -> observation(citations, List.of(REF_DOCUMENT), List.of(cited),
                citing.size(), -1));

        Node mentions = dataSet("mentions", Unkg.MENTIONS_STRUCTURE);
        Node byYear = dataSet("mentions-by-year", Unkg.MENTIONS_BY_YEAR_STRUCTURE);
        Node byType = dataSet("mentions-by-type", Unkg.MENTIONS_BY_TYPE_STRUCTURE);
        c.naming.forEach((entity, subjects) -> {
            Set<Node> documents = new HashSet<>();
            Map<Node, Node> paragraphs = new HashMap<>();
            for (Node s : subjects) {
                if (c.isDocument(s)) {
                    documents.add(s);
                } else {
                    Node document = c.documentOf(s);
                    if (document != null) {
                        paragraphs.put(s, document);
                    }
                }
            }
            if (documents.isEmpty() && paragraphs.isEmpty()) {
                return;
            }
            observation(mentions, List.of(REF_ENTITY), List.of(entity), documents.size(), paragraphs.size());
            split(documents, paragraphs, d -> yearsOf(c, d)).forEach((year, n) -> observation(byYear,
                    List.of(REF_ENTITY, REF_YEAR), List.of(entity, year), n[0], n[1]));
            split(documents, paragraphs, c::typesOf).forEach((type, n) -> observation(byType,
                    List.of(REF_ENTITY, REF_DOCUMENT_TYPE), List.of(entity, type), n[0], n[1]));
        });

        Node themes = dataSet("themes-by-year", Unkg.THEMES_BY_YEAR_STRUCTURE);
        c.withTheme.forEach((theme, subjects) -> {
            Set<Node> documents = new HashSet<>();
            subjects.stream().filter(c::isDocument).forEach(documents::add);
            split(documents, Map.of(), d -> yearsOf(c, d)).forEach((year, n) -> observation(themes,
                    List.of(REF_THEME, REF_YEAR), List.of(theme, year), n[0], -1));
        });

        Node documents = dataSet("documents", Unkg.DOCUMENTS_STRUCTURE);
        Map<List<Node>, long[]> perKey = new HashMap<>();
        for (Node d : c.versions.keySet()) {
            for (Node type : c.typesOf(d)) {
                for (Node year : yearsOf(c, d)) {
                    for (Node language : c.languagesOf(d)) {
                        perKey.computeIfAbsent(List.of(type, year, language), k -> new long[1])[0]++;
                    }
                }
            }
        }
        perKey.forEach((key, n) -> observation(documents, List.of(REF_DOCUMENT_TYPE, REF_YEAR, REF_LANGUAGE), key,
                n[0], -1));
    }

    /** The documents and the paragraphs counted by each value a document has (its year, its types). */
    private static Map<Node, long[]> split(Set<Node> documents, Map<Node, Node> paragraphs,
            Function<Node, Set<Node>> values) {
        Map<Node, long[]> counts = new TreeMap<>(Comparator.comparing(Node::toString));
        for (Node d : documents) {
            values.apply(d).forEach(v -> counts.computeIfAbsent(v, k -> new long[2])[0]++);
        }
        paragraphs.forEach((p, d) -> values.apply(d).forEach(v -> counts.computeIfAbsent(v, k -> new long[2])[1]++));
        return counts;
    }

    private static Set<Node> yearsOf(CorpusCounts c, Node document) {
        String year = c.yearOf.get(document);
        return year == null ? Set.of() : Set.of(NodeFactory.createLiteralDT(year, XSDDatatype.XSDgYear));
    }

    private void sizes(Map<Node, Long> graphSizes) {
        Node dataset = NodeFactory.createURI(iris.dataset());
        Node own = NodeFactory.createURI(iris.statisticsGraph());
        graphSizes.forEach((g, n) -> {
            add(dataset, VOID.subset.asNode(), g);
            add(g, TYPE, VOID.Dataset.asNode());
            add(g, VOID.triples.asNode(), integer(n));
        });
        add(dataset, VOID.subset.asNode(), own);
        add(own, TYPE, VOID.Dataset.asNode());
        // this graph's size counts the statement that gives it
        add(own, VOID.triples.asNode(), integer(graph.size() + 1));
    }

    private Node dataSet(String name, String structure) {
        Node dataSet = NodeFactory.createURI(iris.statistics(name));
        add(dataSet, TYPE, QB_DATA_SET_CLASS);
        add(dataSet, QB_STRUCTURE, NodeFactory.createURI(structure));
        return dataSet;
    }

    /** One observation; a measure below 0 is one the data set does not have. */
    private void observation(Node dataSet, List<Node> dimensions, List<Node> values, long documents,
            long paragraphs) {
        List<String> keys = new ArrayList<>();
        values.forEach(v -> keys.add(key(v)));
        Node obs = NodeFactory.createURI(dataSet.getURI() + "/" + String.join("/", keys));
        add(obs, TYPE, QB_OBSERVATION);
        add(obs, QB_DATA_SET, dataSet);
        for (int i = 0; i < dimensions.size(); i++) {
            add(obs, dimensions.get(i), values.get(i));
        }
        add(obs, DOCUMENT_COUNT, integer(documents));
        if (paragraphs >= 0) {
            add(obs, PARAGRAPH_COUNT, integer(paragraphs));
        }
    }

    private String key(Node value) {
        if (value.isLiteral()) {
            return value.getLiteralLexicalForm();
        }
        String iri = value.getURI();
        if (iri.startsWith(iris.entityBase())) {
            return iri.substring(iris.entityBase().length());
        }
        if (Unkg.isTerm(iri)) {
            return iri.substring(Unkg.NS.length());
        }
        return Sha256.hex(iri).substring(0, 16);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private void add(Node s, Node p, Node o) {
        graph.add(s, p, o);
    }
}
