package org.unkg.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The data IRIs of the public data contract ({@code docs/data-model.md}), every one of them minted here from one base,
 * {@code https://w3id.org/unkg/} unless configured: documents, their language versions, paragraphs and mentions, the
 * named graphs, meetings, agenda items, persons, the converter and the dataset. IRIs are plain strings: the stages
 * that hold them need no RDF library, and the RDF writer and the server make terms of them.
 */
public final class IriScheme {

    /** The published base, under which the vocabularies name their entities. */
    public static final String DEFAULT_BASE = "https://w3id.org/unkg/";

    private static final IriScheme STANDARD = new IriScheme(DEFAULT_BASE);
    /** A document key that ends in a part of the document: a paragraph, a version, a version's mention. */
    private static final Pattern PART = Pattern.compile(".*/(para/\\d+|[a-z]{2}(/mention/\\d+-\\d+)?)$");

    private final String base;
    /** Asked of every statement the converter writes: made once. */
    private final String graphBase;
    private final String vocabularyGraphs;

    /** A scheme under {@code base}; a missing final slash is added. */
    public IriScheme(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.graphBase = this.base + "graph/";
        this.vocabularyGraphs = graphBase + "vocabulary/";
    }

    /** The scheme under the published base. */
    public static IriScheme standard() {
        return STANDARD;
    }

    public String base() {
        return base;
    }

    /** Where the things of the data live, {@code {base}id/}: every entity is {@code {base}id/{kind}/{key}}. */
    public String entityBase() {
        return base + "id/";
    }

    /** Where the named graphs live, {@code {base}graph/}. */
    public String graphBase() {
        return graphBase;
    }

    /** A thing of a kind by its key: {@code entity("organization", "CTED")}. */
    public String entity(String kind, String key) {
        return entityBase() + kind + "/" + key;
    }

    /** A document by its key: the symbol without spaces, or {@code nosymbol/{hash}}. */
    public String document(String key) {
        return entity("document", key);
    }

    /** A document's version in a language: {@code {document}/zh}. */
    public String version(String document, String language) {
        return document + "/" + language;
    }

    /** A document's paragraph, numbered from 1: {@code {document}/para/7}. */
    public String paragraph(String document, int number) {
        return document + "/para/" + number;
    }

    /** A span of a version's full text, in code points: {@code {version}/mention/12-30}. */
    public String mention(String version, int start, int end) {
        return version + "/mention/" + start + "-" + end;
    }

    /** The named graph of a document, by the document's key. */
    public String graph(String documentKey) {
        return graphBase() + documentKey;
    }

    /** The Security Council meeting of a number. */
    public String meeting(int number) {
        return entity("meeting", String.valueOf(number));
    }

    public String agendaItem(String key) {
        return entity("agenda-item", key);
    }

    /** The concept scheme of the agenda items. */
    public String agendaItemScheme() {
        return agendaItem("scheme");
    }

    public String person(String key) {
        return entity("person", key);
    }

    /**
     * An organization or instrument that a document names and no vocabulary lists, by its kind
     * ({@code organization}, {@code instrument}) and its name: {@code {base}id/discovered/{kind}/{slug}}. The slug is
     * the name without a leading article, accents folded, in lower case, with hyphens between its words
     * ({@code international-air-transport-association}); a name in another script is {@code x-} and the first 16
     * hex digits of the SHA-256 of its normalised form. The same name of the same kind is the same IRI in every
     * document and every run.
     */
    public String discovered(String kind, String name) {
        return entityBase() + "discovered/" + kind + "/" + slug(name);
    }

    /** The slug of a discovered name (see {@link #discovered}). */
    public static String slug(String name) {
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ")
                .replaceFirst("^(?i)the ", "");
        String folded = Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        if (folded.chars().anyMatch(c -> c >= 0x2E80)) {
            return "x-" + Sha256.hex(n.replace(" ", "")).substring(0, 16);
        }
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x-" + Sha256.hex(n).substring(0, 16) : slug;
    }

    /** The converter, the agent every version is attributed to. */
    public String converterAgent() {
        return entity("agent", "converter");
    }

    /** The dataset as a whole, which the VoID and DCAT description describes. */
    public String dataset() {
        return base + "dataset";
    }

    /** The graph of the ontology in the store. */
    public String ontologyGraph() {
        return graphBase() + "ontology";
    }

    /** The graph of a vocabulary file in the store, by the file's base name: {@code vocabulary/themes}. */
    public String vocabularyGraph(String name) {
        return name.isEmpty() ? vocabularyGraphs : vocabularyGraphs + name;
    }

    /** The graph of the query gallery in the store. */
    public String queriesGraph() {
        return graphBase() + "queries";
    }

    /**
     * The graph of the names the converter discovered in the text and no vocabulary lists: each
     * {@code unkg:DiscoveredEntity} (people among them) with its classes, names and the documents it was found in,
     * described once for the whole corpus.
     */
    public String discoveredGraph() {
        return graphBase() + "discovered";
    }

    /**
     * The graph of what documents refer to and neither a document of the corpus nor a vocabulary describes: the
     * documents cited that are not in the corpus (their class and symbol), the meetings, the agenda items no
     * vocabulary lists and the converter; each described once for the whole corpus.
     */
    public String referencedGraph() {
        return graphBase() + "referenced";
    }

    /** The graph of the counts the load makes: the Data Cube data sets and the sizes of the graphs. */
    public String statisticsGraph() {
        return graphBase() + "statistics";
    }

    /** A data set of counts in the statistics graph, {@code {base}id/statistics/citations}. */
    public String statistics(String name) {
        return entity("statistics", name);
    }

    /** The graph a loaded file's default graph goes to unless told otherwise, by an IRI-safe name. */
    public String fileGraph(String name) {
        return graphBase() + "file/" + name;
    }

    /**
     * The start shared by the IRIs of the parts (versions, paragraphs, mentions) of the document whose named graph is
     * {@code graph}, or empty for a graph that is not a document's. By the data contract a part is described in its
     * document's graph alone.
     */
    public Optional<String> partsOfGraph(String graph) {
        if (!graph.startsWith(graphBase())) {
            return Optional.empty();
        }
        String key = graph.substring(graphBase().length());
        return key.isEmpty() ? Optional.empty() : Optional.of(document(key) + "/");
    }

    /**
     * The key of a document IRI, {@code S/RES/1373(2001)}; empty for any other IRI, the IRIs of a document's parts
     * (paragraphs, versions, mentions) among them.
     */
    public Optional<String> documentKey(String iri) {
        String prefix = document("");
        if (!iri.startsWith(prefix)) {
            return Optional.empty();
        }
        String key = iri.substring(prefix.length());
        return PART.matcher(key).matches() ? Optional.empty() : Optional.of(key);
    }
}
