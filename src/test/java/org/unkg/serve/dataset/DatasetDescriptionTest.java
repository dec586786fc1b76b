package org.unkg.serve.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.testing.Http;
import org.unkg.testing.SampleSite;

/**
 * {@code /.well-known/void} describes the served dataset in every RDF format, and its counts are what the endpoint
 * answers to the same questions.
 */
class DatasetDescriptionTest {

    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static Model description;
    private static Resource dataset;

    @BeforeAll
    static void read() {
        description = parse(Http.get(SampleSite.url("/.well-known/void")), Lang.TURTLE, "text/turtle");
        dataset = description.createResource(VoidDocument.DATASET);
    }

    private static Model parse(HttpResponse<byte[]> response, Lang lang, String type) {
        assertEquals(200, response.statusCode(), type);
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).parse(model);
        return model;
    }

    /** A number the endpoint answers over HTTP. */
    private static long count(String query) {
        try (QueryExecHTTP exec = QueryExecHTTP.service(SampleSite.server().endpointUrl()).query(query).build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return ((Number) rows.get(0).get("n").getLiteralValue()).longValue();
        }
    }

    private static long number(Resource r, Property p) {
        assertTrue(r.hasProperty(p), r + " has no " + p);
        return r.getProperty(p).getLong();
    }

    @Test
    void everyFormatSaysTheSame() {
        Map<String, Lang> formats = Map.of("application/ld+json", Lang.JSONLD, "application/rdf+xml", Lang.RDFXML,
                "application/n-triples", Lang.NTRIPLES);
        formats.forEach((type, lang) -> assertTrue(parse(Http.get(SampleSite.url("/.well-known/void"), "Accept",
                type), lang, type).isIsomorphicWith(description), type));
        assertTrue(parse(Http.get(SampleSite.url("/.well-known/void?format=nt")), Lang.NTRIPLES,
                "application/n-triples").isIsomorphicWith(description));
        assertEquals(406, Http.get(SampleSite.url("/.well-known/void"), "Accept", "image/png").statusCode());
        HttpResponse<byte[]> page = Http.get(SampleSite.url("/.well-known/void"), "Accept", Http.BROWSER_ACCEPT);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains(String.format("%,d", number(dataset, VOID.triples))), "the page shows the counts");
        HttpResponse<byte[]> see = Http.get(SampleSite.url("/dataset"));
        assertEquals(303, see.statusCode());
        assertEquals("/.well-known/void", see.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theCountsAreTheEndpoints() {
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), number(dataset, VOID.triples));
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"), number(dataset, VOID.distinctSubjects));
        assertEquals(count("SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }"), number(dataset, VOID.distinctObjects));
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }"), number(dataset, VOID.properties));
        assertEquals(count("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c FILTER(isIRI(?c)) }"),
                number(dataset, VOID.classes));
        String space = dataset.getProperty(VOID.uriSpace).getString();
        assertEquals("https://w3id.org/unkg/id/", space);
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + space
                + "\")) }"), number(dataset, VOID.entities));

        Map<String, Long> classes = partitions(VOID.classPartition, VOID._class, VOID.entities);
        assertEquals(number(dataset, VOID.classes), classes.size());
        for (String c : List.of(UNKG + "Resolution", UNKG + "Paragraph", UNKG + "Mention", UNKG + "Organization")) {
            assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <" + c + "> }"), classes.get(c), c);
        }
        Map<String, Long> properties = partitions(VOID.propertyPartition, VOID.property, VOID.triples);
        assertEquals(number(dataset, VOID.properties), properties.size());
        for (String p : List.of(UNKG + "cites", UNKG + "text", "http://data.europa.eu/eli/ontology#cites")) {
            assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s <" + p + "> ?o }"), properties.get(p), p);
        }
        assertTrue(dataset.hasProperty(VOID.vocabulary, description.createResource(UNKG)));
        assertTrue(dataset.hasProperty(VOID.vocabulary, description.createResource("http://purl.org/dc/terms/")));
    }

    @Test
    void theSubsetsAddUpToTheQuadsAndTheLinksToTheirTargets() {
        long quads = 0;
        Resource documents = null;
        List<Resource> linksets = new ArrayList<>();
        for (Statement s : dataset.listProperties(VOID.subset).toList()) {
            Resource subset = s.getResource();
            if (subset.hasProperty(RDF.type, VOID.Linkset)) {
                linksets.add(subset);
            } else {
                quads += number(subset, VOID.triples);
                if (subset.hasProperty(VOID.documents)) {
                    documents = subset;
                }
            }
        }
        assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), quads);
        assertNotNull(documents, "a subset for the documents' graphs");
        assertEquals(VoidDocument.NS + "documents", documents.getURI());
        assertEquals(count("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?d <" + UNKG + "hasVersion> ?v } }"),
                number(documents, VOID.documents));
        Resource gallery = description.listSubjectsWithProperty(description.createProperty(
                "http://www.w3.org/ns/sparql-service-description#name"),
                description.createResource("https://w3id.org/unkg/graph/queries")).nextOptional().orElseThrow();
        assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/unkg/graph/queries> { ?s ?p ?o } }"),
                number(gallery, VOID.triples));

        Resource wikidata = description.createResource(VoidDocument.NS + "wikidata");
        Resource toWikidata = linksets.stream().filter(l -> l.hasProperty(VOID.objectsTarget, wikidata)).findFirst()
                .orElseThrow(() -> new AssertionError("no linkset to Wikidata"));
        assertEquals(dataset, toWikidata.getPropertyResourceValue(VOID.subjectsTarget));
        String sameAs = toWikidata.getPropertyResourceValue(VOID.linkPredicate).getURI();
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s <" + sameAs + "> ?o "
                + "FILTER(STRSTARTS(STR(?o), \"http://www.wikidata.org/\")) }"), number(toWikidata, VOID.triples));
        assertTrue(linksets.stream().anyMatch(l -> l.hasProperty(VOID.objectsTarget,
                description.createResource(VoidDocument.NS + "unbis"))), "links to the UNBIS Thesaurus");
    }

    @Test
    void itIsADcatCatalogueWithTheDumpAndTheEndpoint() {
        Resource catalog = description.createResource(VoidDocument.NS + "catalog");
        assertTrue(catalog.hasProperty(RDF.type, DCAT.Catalog));
        assertTrue(catalog.hasProperty(DCAT.dataset, dataset));
        assertTrue(dataset.hasProperty(RDF.type, DCAT.Dataset));
        assertTrue(dataset.hasProperty(DCTerms.license,
                description.createResource("https://creativecommons.org/licenses/by/4.0/")));
        for (Property p : List.of(DCTerms.title, DCTerms.description)) {
            List<String> langs = dataset.listProperties(p).toList().stream().map(Statement::getLanguage).toList();
            assertTrue(langs.containsAll(List.of("en", "zh")), p + " in " + langs);
        }
        assertTrue(dataset.hasProperty(DCTerms.modified));
        assertEquals(SampleSite.server().store().id(),
                dataset.getProperty(description.createProperty(DCAT.NS, "version")).getString());
        assertTrue(dataset.hasProperty(DCTerms.publisher));
        assertEquals(SampleSite.server().endpointUrl(), dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());

        Resource dump = description.createResource(VoidDocument.NS + "dump");
        String download = dump.getPropertyResourceValue(DCAT.downloadURL).getURI();
        assertEquals(SampleSite.url("/dumps/unkg.nq.gz"), download);
        Resource triples = description.createResource(VoidDocument.NS + "triples-dump");
        String triplesDownload = triples.getPropertyResourceValue(DCAT.downloadURL).getURI();
        assertEquals(SampleSite.url("/dumps/unkg.nt.gz"), triplesDownload);
        assertEquals(Set.of(download, triplesDownload), dataset.listProperties(VOID.dataDump).toList().stream()
                .map(st -> st.getResource().getURI()).collect(Collectors.toSet()));
        assertTrue(dataset.hasProperty(DCAT.distribution, triples));
        assertEquals(200, Http.send("HEAD", triplesDownload).statusCode());
        assertTrue(triples.getProperty(DCAT.byteSize).getLong() > 0);
        HttpResponse<byte[]> file = Http.send("HEAD", download);
        assertEquals(200, file.statusCode());
        assertEquals(Long.parseLong(file.headers().firstValue("Content-Length").orElseThrow()),
                dump.getProperty(DCAT.byteSize).getLong());
        Resource checksum = dump.getPropertyResourceValue(description.createProperty(SPDX, "checksum"));
        assertEquals(SPDX + "checksumAlgorithm_sha256",
                checksum.getPropertyResourceValue(description.createProperty(SPDX, "algorithm")).getURI());
        String sha256 = checksum.getProperty(description.createProperty(SPDX, "checksumValue")).getString();
        assertTrue(Http.text(SampleSite.url("/dumps/unkg.nq.gz.sha256")).startsWith(sha256 + "  unkg.nq.gz"));

        Resource service = description.createResource(VoidDocument.NS + "sparql");
        assertTrue(service.hasProperty(RDF.type, DCAT.DataService));
        assertEquals(SampleSite.server().endpointUrl(), service.getPropertyResourceValue(DCAT.endpointURL).getURI());
        assertTrue(catalog.hasProperty(DCAT.service, service));
    }

    @Test
    void theExampleResourcesAreInTheData() {
        List<RDFNode> examples = description.listObjectsOfProperty(dataset, VOID.exampleResource).toList();
        assertTrue(examples.size() >= 5);
        for (RDFNode example : examples) {
            assertTrue(count("SELECT (COUNT(*) AS ?n) { <" + example.asResource().getURI() + "> ?p ?o }") > 0,
                    example.toString());
        }
    }

    @Test
    void theHomePageShowsTheCountsAndLeadsEverywhere() {
        HttpResponse<byte[]> home = Http.get(SampleSite.url("/"), "Accept", Http.BROWSER_ACCEPT);
        assertEquals(200, home.statusCode());
        String html = new String(home.body(), StandardCharsets.UTF_8);
        Map<String, Long> classes = partitions(VOID.classPartition, VOID._class, VOID.entities);
        assertTrue(html.contains(String.format("%,d", classes.get(UNKG + "Paragraph"))), "paragraphs");
        assertTrue(html.contains(String.format("%,d", number(dataset, VOID.triples))), "triples");
        for (String link : List.of("href=\"/sparql?", "href=\"/search?", "href=\"/ontology?", "href=\"/.well-known/void",
                "href=\"/dumps/", "href=\"/page/document/S/PRST/2012/16?", "href=\"/page/organization/CTED?",
                "href=\"/page/theme/counter-terrorism?", "href=\"/page/document/S/RES/1373(2001)?")) {
            assertTrue(html.contains(link), link);
        }
        assertTrue(html.contains("action=\"/search\""), "the search box");
        assertTrue(Http.text(SampleSite.url("/?lang=zh")).contains("联合国安全理事会知识图谱"));
        HttpResponse<byte[]> head = Http.send("HEAD", SampleSite.url("/"));
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(404, Http.get(SampleSite.url("/no/such/page")).statusCode(), "only / itself is the home page");
    }

    private static Map<String, Long> partitions(Property partition, Property key, Property value) {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (RDFNode node : description.listObjectsOfProperty(dataset, partition).toList()) {
            Resource r = node.asResource();
            counts.put(r.getPropertyResourceValue(key).getURI(), number(r, value));
        }
        assertFalse(counts.isEmpty());
        return counts;
    }
}
