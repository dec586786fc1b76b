package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.common.IriScheme;
import org.unkg.common.Sha256;
import org.unkg.progress.Progress;

/** A load counts the store into {@code statistics.ttl} and writes it whole into {@code dumps/}, once. */
class DatasetStatisticsTest {

    @TempDir
    Path tmp;

    private static final String STATISTICS_GRAPH = IriScheme.standard().statisticsGraph();

    private final List<String> steps = new ArrayList<>();

    @Test
    void aLoadWritesTheStatisticsAndTheDumpAsStepsOfItsOwn() throws IOException {
        Path documents = Fixtures.copy(Fixtures.DOCUMENTS, tmp);
        Path agendaItems = Fixtures.copy(Fixtures.AGENDA_ITEMS, tmp);
        InputFile vocabulary = InputFile.of(agendaItems, "https://w3id.org/unkg/graph/vocabulary/agenda-items");
        Progress recording = (name, total, unit) -> {
            steps.add(name);
            return Progress.silent().start(name, total, unit);
        };
        Store store = new StoreBuilder(new StoreLayout(tmp.resolve("db")), Fixtures.config())
                .entailment(Fixtures.noEntailment())
                .progress(recording)
                .build(List.of(InputFile.of(documents), vocabulary))
                .store();
        assertTrue(steps.containsAll(List.of("Counting", "Writing the dump", "Writing the distinct triples")),
                steps.toString());

        Model statistics = DatasetStatistics.read(store);
        Resource dataset = statistics.listSubjectsWithProperty(VOID.subset).next();
        assertEquals(DatasetStatistics.DEFAULT_URI_SPACE, dataset.getProperty(VOID.uriSpace).getString());
        long quads = Fixtures.DOCUMENT_QUADS + Fixtures.AGENDA_ITEM_TRIPLES;
        long union = ((Number) select(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).longValue();
        assertEquals(union, dataset.getProperty(VOID.triples).getLong());
        long subsets = 0;
        long documentGraphs = 0;
        long statisticsGraph = 0;
        long fileGraphs = 0;
        for (Statement s : dataset.listProperties(VOID.subset).toList()) {
            Resource subset = s.getResource();
            if (!subset.hasProperty(RDF.type, VOID.Linkset)) {
                subsets += subset.getProperty(VOID.triples).getLong();
                if (subset.hasProperty(DatasetStatistics.SD_NAME, statistics.createResource(STATISTICS_GRAPH))) {
                    statisticsGraph = subset.getProperty(VOID.triples).getLong();
                } else if (subset.hasProperty(DatasetStatistics.SD_NAME)) {
                    fileGraphs++;
                    assertEquals(vocabulary.defaultGraph(),
                            subset.getPropertyResourceValue(DatasetStatistics.SD_NAME).getURI());
                    assertEquals(Fixtures.AGENDA_ITEM_TRIPLES, subset.getProperty(VOID.triples).getLong());
                } else {
                    documentGraphs = subset.getProperty(VOID.documents).getLong();
                }
            }
        }
        assertEquals(((Number) select(store, "SELECT (COUNT(*) AS ?n) { GRAPH <" + STATISTICS_GRAPH
                + "> { ?s ?p ?o } }")).longValue(), statisticsGraph, "the statistics graph is a subset of its own");
        quads += statisticsGraph;
        assertEquals(quads, subsets, "the subsets hold every quad");
        assertEquals(1, fileGraphs);
        assertEquals(2, documentGraphs, "the two documents' graphs");

        Path dump = store.dumpsDir().resolve(DatasetDump.FILE_NAME);
        byte[] bytes = Files.readAllBytes(dump);
        assertEquals(Sha256.hex(bytes) + "  " + DatasetDump.FILE_NAME + "\n",
                Files.readString(store.dumpsDir().resolve(DatasetDump.CHECKSUM_FILE_NAME), StandardCharsets.UTF_8));
        StreamRDFCounting counter = StreamRDFLib.count();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(counter);
        }
        assertEquals(quads, counter.countQuads());
    }

    private static Object select(Store store, String query) {
        try (OpenStore open = Fixtures.config().open(store)) {
            return Fixtures.select(open.dataset(), query).get(0).getLiteral("n").getValue();
        }
    }
}
