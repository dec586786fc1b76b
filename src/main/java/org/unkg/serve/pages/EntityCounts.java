package org.unkg.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.unkg.common.IriScheme;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.lod.LocalPaths;

/**
 * What the load counted about one thing (the statistics graph, {@code docs/data-model.md}): the documents and
 * paragraphs that name an entity, the documents that cite a document, the documents whose theme it is, and how
 * these spread over the years, with the bars of a small chart. One query on the statistics graph; nothing counted
 * here.
 *
 * @param documents  the documents that name it (all years, undated ones too), or -1 if none were counted
 * @param paragraphs the paragraphs that name it, or -1
 * @param citedBy    the documents that cite it, or -1
 * @param years      one bar per year from the first to the last counted, the years between at 0
 * @param chart      the chart's size and scale
 * @param sparqlHref the SPARQL editor with the query that reads these counts
 */
record EntityCounts(long documents, long paragraphs, long citedBy, List<Year> years, Chart chart, String sparqlHref) {

    /** A year's counts and its bar: {@code x}, {@code y}, {@code height} in the chart's units. */
    record Year(String year, long documents, long paragraphs, int x, int y, int height, String title) {
    }

    /** The chart's width and height, the width of a bar, the largest count (which reaches the top), its years. */
    record Chart(int width, int height, int bar, long max, String first, String last) {
    }

    private static final int HEIGHT = 60;
    private static final int BAR = 8;
    private static final int GAP = 2;

    private static final String QUERY = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            SELECT ?set ?year ?documents ?paragraphs WHERE {
              GRAPH ?statistics {
                ?o unkg:refEntity|unkg:refDocument|unkg:refTheme ?iri ;
                   qb:dataSet ?set ;
                   unkg:documentCount ?documents .
                OPTIONAL { ?o unkg:paragraphCount ?paragraphs }
                OPTIONAL { ?o unkg:refYear ?year }
                FILTER NOT EXISTS { ?o unkg:refDocumentType ?type }
              }
            }""";
    private static final Query PARSED = StoreQueries.parse(QUERY);

    public boolean isEmpty() {
        return documents < 0 && citedBy < 0 && years.isEmpty();
    }

    /** The counts of {@code iri}; to be called inside a read transaction or on its own. */
    static EntityCounts of(StoreQueries store, IriScheme iris, String iri, Map<String, String> messages) {
        List<Binding> rows = store.select(PARSED, Map.of("iri", NodeFactory.createURI(iri), "statistics",
                NodeFactory.createURI(iris.statisticsGraph())));
        long documents = -1;
        long paragraphs = -1;
        long citedBy = -1;
        String mentionsByYear = iris.statistics("mentions-by-year");
        String themesByYear = iris.statistics("themes-by-year");
        TreeMap<Integer, long[]> perYear = new TreeMap<>();
        for (Binding row : rows) {
            String set = row.get("set").getURI();
            long n = number(row.get("documents"));
            long p = row.contains("paragraphs") ? number(row.get("paragraphs")) : 0;
            if (set.equals(iris.statistics("mentions"))) {
                documents = n;
                paragraphs = p;
            } else if (set.equals(iris.statistics("citations"))) {
                citedBy = n;
            } else if ((set.equals(mentionsByYear) || set.equals(themesByYear)) && row.contains("year")) {
                try {
                    int year = Integer.parseInt(row.get("year").getLiteralLexicalForm());
                    long[] counts = perYear.computeIfAbsent(year, k -> new long[2]);
                    counts[0] += n;
                    counts[1] += p;
                } catch (NumberFormatException e) {
                    // a year this chart cannot place (not a plain four-digit year) is left out of it
                }
            }
        }
        String sparql = "PREFIX qb: <http://purl.org/linked-data/cube#>\nSELECT ?dataSet ?observation ?p ?value WHERE {\n"
                + "  GRAPH <" + iris.statisticsGraph() + "> {\n    ?observation ?dimension <" + iri + "> ;\n"
                + "      qb:dataSet ?dataSet ; ?p ?value .\n  }\n} ORDER BY ?dataSet ?observation ?p";
        return new EntityCounts(documents, paragraphs, citedBy, bars(perYear, messages), chart(perYear),
                "/sparql?query=" + LocalPaths.query(sparql));
    }

    private static Chart chart(TreeMap<Integer, long[]> perYear) {
        if (perYear.isEmpty()) {
            return new Chart(0, HEIGHT, BAR, 0, "", "");
        }
        int first = perYear.firstKey();
        int last = perYear.lastKey();
        long max = perYear.values().stream().mapToLong(c -> c[0]).max().orElse(0);
        return new Chart((last - first + 1) * (BAR + GAP), HEIGHT, BAR, max, Integer.toString(first),
                Integer.toString(last));
    }

    private static List<Year> bars(TreeMap<Integer, long[]> sorted, Map<String, String> messages) {
        List<Year> years = new ArrayList<>();
        if (sorted.isEmpty()) {
            return years;
        }
        long max = Math.max(1, sorted.values().stream().mapToLong(c -> c[0]).max().orElse(1));
        for (int year = sorted.firstKey(); year <= sorted.lastKey(); year++) {
            long[] c = sorted.getOrDefault(year, new long[2]);
            int height = (int) Math.round((double) c[0] * HEIGHT / max);
            if (c[0] > 0 && height == 0) {
                height = 1;
            }
            String title = messages.get("counts.bar")
                    .replace("{year}", Integer.toString(year))
                    .replace("{n}", String.format(Locale.ROOT, "%,d", c[0]));
            years.add(new Year(Integer.toString(year), c[0], c[1], (year - sorted.firstKey()) * (BAR + GAP),
                    HEIGHT - height, height, title));
        }
        return years;
    }

    private static long number(Node node) {
        return ((Number) node.getLiteralValue()).longValue();
    }
}
