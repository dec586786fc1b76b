package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.common.IriScheme;
import org.unkg.common.Version;

class StoreBuilderTest {

    private static final String STATISTICS = IriScheme.standard().statisticsGraph();

    @TempDir
    Path tmp;

    private StoreLayout layout;
    private StoreConfig config;
    private Path documents;
    private Path agendaItems;

    @BeforeEach
    void setUp() throws IOException {
        layout = new StoreLayout(tmp.resolve("db"));
        config = Fixtures.config();
        documents = Fixtures.copy(Fixtures.DOCUMENTS, tmp);
        agendaItems = Fixtures.copy(Fixtures.AGENDA_ITEMS, tmp);
    }

    private LoadResult load(InputFile... files) {
        return new StoreBuilder(layout, config).entailment(Fixtures.noEntailment()).build(List.of(files));
    }

    @Test
    void loadsEveryQuadAndMakesTheStoreCurrent() throws IOException {
        LoadResult result = load(InputFile.of(documents), InputFile.of(agendaItems));

        long expected = Fixtures.DOCUMENT_QUADS + Fixtures.AGENDA_ITEM_TRIPLES;
        assertEquals(expected, result.info().statementsRead());
        assertStoreHolds(result, expected);
        assertEquals(result.store(), layout.current().orElseThrow());
        assertEquals(result.store().id() + "\n", Files.readString(layout.currentFile()));
        assertTrue(Files.isDirectory(result.store().tdb2()));
        assertTrue(Files.isDirectory(result.store().lucene()));
        assertTrue(result.previous().isEmpty());
    }

    /**
     * The store holds the quads read and the statistics the load computed from them, in their own graph; the quad
     * count recorded for the store (the VoID's, the image's) is of both.
     */
    private void assertStoreHolds(LoadResult result, long read) {
        try (OpenStore open = config.open(result.store())) {
            long loaded = count(open,
                    "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER (?g != <" + STATISTICS + ">) }");
            long statistics = count(open, "SELECT (COUNT(*) AS ?n) { GRAPH <" + STATISTICS + "> { ?s ?p ?o } }");
            assertEquals(read, loaded);
            assertTrue(statistics > 0, "no statistics graph");
            assertEquals(loaded + statistics, result.info().quads());
        }
    }

    private static long count(OpenStore open, String select) {
        return Fixtures.select(open.dataset(), select).get(0).getLiteral("n").getLong();
    }

    @Test
    void recordsHowTheStoreWasBuilt() {
        LoadResult result = load(InputFile.of(documents), InputFile.of(agendaItems));

        StoreInfo info = result.store().info();
        assertEquals(result.info(), info);
        assertEquals(Version.current(), info.softwareVersion());
        assertEquals(config.sha256(), info.configSha256());
        // unkg:text of 4 paragraphs; rdfs:label of 2 documents, 1 meeting (2 languages), 1 agenda item (2 languages);
        // skos:altLabel (1) of the agenda item; its skos:prefLabel (2) are its rdfs:label, one entry each
        assertEquals(11, info.textEntries());
        assertEquals(2, info.files().size());
        assertEquals(FileDigest.sha256(documents), info.files().get(0).sha256());
        assertEquals(documents.toString(), info.files().get(0).path());
        assertTrue(info.builtFrom(List.of(InputFile.of(agendaItems), InputFile.of(documents)), config,
                Version.current()));
        assertFalse(info.builtFrom(List.of(InputFile.of(documents)), config, Version.current()));
        assertFalse(info.builtFrom(List.of(InputFile.of(documents), InputFile.of(agendaItems)), config, "0.0.0"));
    }

    /**
     * The text index is filled from the stream of statements, which may repeat a quad the store keeps once; the index
     * still holds one entry per literal stored.
     */
    @Test
    void aQuadLoadedTwiceHasOneTextIndexEntry() throws IOException {
        Path again = Files.copy(documents, tmp.resolve("again-" + documents.getFileName()));
        LoadResult result = load(InputFile.of(documents), InputFile.of(agendaItems), InputFile.of(again));
        assertEquals(11, result.info().textEntries());
        try (OpenStore open = config.open(result.store())) {
            List<QuerySolution> hits = Fixtures.select(open.dataset(),
                    "SELECT ?p { ?p text:query ('attacked' 'lang:en') }");
            assertEquals(1, hits.size());
        }
    }

    @Test
    void putsDefaultGraphTriplesIntoTheFileGraphOrTheGraphAskedFor() {
        String asked = "https://w3id.org/unkg/graph/vocabulary/agenda-items";
        LoadResult result = load(InputFile.of(documents), InputFile.of(agendaItems, asked));
        try (OpenStore open = config.open(result.store())) {
            List<QuerySolution> graphs = Fixtures.select(open.dataset(),
                    "SELECT DISTINCT ?g { GRAPH ?g { ?item a unkg:AgendaItem } }");
            assertEquals(1, graphs.size());
            assertEquals(asked, graphs.get(0).getResource("g").getURI());
        }

        LoadResult byFile = load(InputFile.of(agendaItems));
        assertEquals("https://w3id.org/unkg/graph/file/agenda-items", byFile.info().files().get(0).defaultGraph());
        try (OpenStore open = config.open(byFile.store())) {
            List<QuerySolution> items = Fixtures.select(open.dataset(),
                    "SELECT ?item { GRAPH <https://w3id.org/unkg/graph/file/agenda-items> { ?item a unkg:AgendaItem } }");
            assertEquals(1, items.size());
        }
    }

    @Test
    void textIndexFindsChineseWordsAndEnglishStems() {
        LoadResult result = load(InputFile.of(documents), InputFile.of(agendaItems));
        try (OpenStore open = config.open(result.store())) {
            List<QuerySolution> chinese = Fixtures.select(open.dataset(),
                    "SELECT ?p ?text ?g { (?p ?score ?text ?g) text:query (unkg:text '人道主义' 'lang:zh') }");
            assertEquals(1, chinese.size());
            assertEquals("https://w3id.org/unkg/id/document/S/PRST/2012/16/para/1",
                    chinese.get(0).getResource("p").getURI());
            assertEquals("zh", chinese.get(0).getLiteral("text").getLanguage());
            assertEquals("https://w3id.org/unkg/graph/S/PRST/2012/16", chinese.get(0).getResource("g").getURI());

            // "attacked" is not in the text; its stem "attack" is, as "attacks"
            List<QuerySolution> english = Fixtures.select(open.dataset(),
                    "SELECT ?p { ?p text:query ('attacked' 'lang:en') }");
            assertEquals(1, english.size());
            assertEquals("https://w3id.org/unkg/id/document/S/RES/1373(2001)/para/1",
                    english.get(0).getResource("p").getURI());

            List<QuerySolution> labels = Fixtures.select(open.dataset(),
                    "SELECT DISTINCT ?item { ?item text:query (skos:altLabel '威胁' 'lang:zh') }");
            assertEquals(1, labels.size());
            assertEquals("https://w3id.org/unkg/id/agenda-item/threats-to-international-peace-and-security",
                    labels.get(0).getResource("item").getURI());
        }
    }

    @Test
    void aBrokenFileFailsTheLoadAndLeavesThePreviousStoreCurrent() throws IOException {
        Store first = load(InputFile.of(documents)).store();
        Path broken = Fixtures.copy(Fixtures.BROKEN, tmp);

        StoreException failure = assertThrows(StoreException.class,
                () -> load(InputFile.of(documents), InputFile.of(broken)));

        assertTrue(failure.getMessage().startsWith(broken.toString() + ", line 3"), failure.getMessage());
        assertEquals(first, layout.current().orElseThrow());
        assertEquals(List.of(first), layout.stores());
        try (OpenStore open = config.open(first)) {
            assertEquals(Fixtures.DOCUMENT_QUADS, count(open,
                    "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER (?g != <" + STATISTICS + ">) }"));
        }
    }

    @Test
    void aFileWithoutKnownSyntaxOrMissingIsNamed() throws IOException {
        Path text = Files.writeString(tmp.resolve("notes.txt"), "not RDF", StandardCharsets.UTF_8);
        StoreException unknown = assertThrows(StoreException.class, () -> load(InputFile.of(text)));
        assertTrue(unknown.getMessage().startsWith(text + ": cannot tell the RDF syntax"), unknown.getMessage());

        Path missing = tmp.resolve("missing.nq");
        StoreException absent = assertThrows(StoreException.class, () -> load(InputFile.of(missing)));
        assertEquals(missing + ": no such file", absent.getMessage());
        assertTrue(layout.current().isEmpty());
        assertEquals(List.of(), layout.stores());
    }

    @Test
    void keepsThePreviousStoreAndDeletesOlderOnes() {
        Store first = load(InputFile.of(documents)).store();
        LoadResult second = load(InputFile.of(documents));
        assertEquals(first, second.previous().orElseThrow());
        LoadResult third = load(InputFile.of(agendaItems));

        assertEquals(second.store(), third.previous().orElseThrow());
        assertEquals(third.store(), layout.current().orElseThrow());
        assertEquals(2, layout.stores().size());
        assertTrue(layout.stores().containsAll(List.of(second.store(), third.store())));
        assertFalse(Files.exists(first.dir()));
    }

    @Test
    void readsGzippedFiles() throws IOException {
        Path gz = tmp.resolve("documents.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(documents, out);
        }
        LoadResult result = load(InputFile.of(gz));
        assertStoreHolds(result, Fixtures.DOCUMENT_QUADS);
        assertEquals(FileDigest.sha256(gz), result.info().files().get(0).sha256());
    }

    @Test
    void readsTrigAndJsonLd() throws IOException {
        Path trig = Files.writeString(tmp.resolve("meeting.trig"), """
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                <https://w3id.org/unkg/graph/S/PV.6760> {
                    <https://w3id.org/unkg/id/meeting/6760> a unkg:Meeting .
                }
                <https://w3id.org/unkg/id/meeting/6760> unkg:meetingNumber 6760 .
                """, StandardCharsets.UTF_8);
        Path jsonld = Files.writeString(tmp.resolve("agent.jsonld"), """
                { "@context": { "unkg": "https://w3id.org/unkg/ontology#" },
                  "@id": "https://w3id.org/unkg/graph/agent",
                  "@graph": [ { "@id": "https://w3id.org/unkg/id/agent/converter",
                                "unkg:softwareVersion": "0.1.0" } ] }
                """, StandardCharsets.UTF_8);

        LoadResult result = load(InputFile.of(trig), InputFile.of(jsonld));

        assertStoreHolds(result, 3);
        try (OpenStore open = config.open(result.store())) {
            List<QuerySolution> graphs = Fixtures.select(open.dataset(),
                    "SELECT ?g { GRAPH ?g { ?s ?p ?o } FILTER (?g != <" + STATISTICS + ">) } ORDER BY ?g");
            assertEquals(List.of("https://w3id.org/unkg/graph/S/PV.6760", "https://w3id.org/unkg/graph/agent",
                            "https://w3id.org/unkg/graph/file/meeting"),
                    graphs.stream().map(q -> q.getResource("g").getURI()).toList());
        }
    }

    @Test
    void brokenJsonLdAndGzipAreNamed() throws IOException {
        Path jsonld = Files.writeString(tmp.resolve("broken.jsonld"), "{ \"@id\": ", StandardCharsets.UTF_8);
        StoreException json = assertThrows(StoreException.class, () -> load(InputFile.of(jsonld)));
        assertTrue(json.getMessage().startsWith(jsonld.toString()), json.getMessage());

        Path gz = Files.writeString(tmp.resolve("plain.nq.gz"), "not gzipped", StandardCharsets.UTF_8);
        StoreException zip = assertThrows(StoreException.class, () -> load(InputFile.of(gz)));
        assertTrue(zip.getMessage().startsWith(gz + ": not a valid gzip file"), zip.getMessage());
        assertTrue(layout.current().isEmpty());
    }
}
