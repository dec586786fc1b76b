package org.unkg.serve.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations RDF is served in, in the order the server prefers them when a client accepts several equally:
 * Turtle first (what {@code curl} without {@code Accept} gets), HTML last (what a browser asks for by name). N-Quads
 * and TriG keep named graphs; the ontology, a single graph, is not offered in them.
 */
public enum Format {

    TURTLE("ttl", "text/turtle", List.of("text/turtle", "application/x-turtle"), RDFFormat.TURTLE_PRETTY, Lang.TURTLE),
    JSONLD("jsonld", "application/ld+json", List.of("application/ld+json", "application/json"), RDFFormat.JSONLD_PRETTY,
            Lang.JSONLD),
    RDFXML("rdf", "application/rdf+xml", List.of("application/rdf+xml", "application/xml"), RDFFormat.RDFXML_PRETTY,
            Lang.RDFXML),
    NTRIPLES("nt", "application/n-triples", List.of("application/n-triples"), RDFFormat.NTRIPLES_UTF8, Lang.NTRIPLES),
    NQUADS("nq", "application/n-quads", List.of("application/n-quads"), RDFFormat.NQUADS_UTF8, Lang.NQUADS),
    TRIG("trig", "application/trig", List.of("application/trig"), RDFFormat.TRIG_PRETTY, Lang.TRIG),
    HTML("html", "text/html", List.of("text/html", "application/xhtml+xml"), null, null);

    private final String extension;
    private final String mediaType;
    private final List<String> accepted;
    private final RDFFormat rdfFormat;
    private final Lang lang;

    Format(String extension, String mediaType, List<String> accepted, RDFFormat rdfFormat, Lang lang) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.accepted = accepted;
        this.rdfFormat = rdfFormat;
        this.lang = lang;
    }

    /** The file extension and {@code format=} value: {@code ttl}, {@code jsonld}, {@code rdf}, {@code nt},
     * {@code nq}, {@code trig} or {@code html}. */
    public String extension() {
        return extension;
    }

    /** The media type sent in {@code Content-Type}. */
    public String mediaType() {
        return mediaType;
    }

    /** {@code Content-Type}: the media type with its charset, UTF-8 for all. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** The media types in {@code Accept} that this format answers (the first is its own). */
    public List<String> accepted() {
        return accepted;
    }

    /** Jena's writer for an RDF format; null for HTML. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** Jena's language for an RDF format; null for HTML. */
    public Lang lang() {
        return lang;
    }

    public boolean isRdf() {
        return rdfFormat != null;
    }

    /** Whether the format writes quads, each statement with its named graph (N-Quads, TriG). */
    public boolean isQuads() {
        // Not RDFLanguages.isQuads, which counts JSON-LD too: it may hold graphs, but here it carries triples.
        return this == NQUADS || this == TRIG;
    }

    /** The format a file extension names, exactly: {@code ttl}, {@code jsonld}, {@code rdf}, {@code nt},
     * {@code nq}, {@code trig}, {@code html}. */
    public static Optional<Format> byExtension(String extension) {
        for (Format format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format a {@code format=} value names: its extension, a usual other name ({@code turtle}, {@code n3} (whose
     * readers read Turtle), {@code json-ld}, {@code json}, {@code xml}, ...), or one of its media types.
     */
    public static Optional<Format> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.extension.equals(n) || format.accepted.contains(n)) {
                return Optional.of(format);
            }
        }
        return switch (n) {
            case "turtle", "n3", "text/n3", "text/rdf+n3" -> Optional.of(TURTLE);
            case "json-ld", "json" -> Optional.of(JSONLD);
            case "rdfxml", "xml", "owl" -> Optional.of(RDFXML);
            case "ntriples", "n-triples" -> Optional.of(NTRIPLES);
            case "nquads", "n-quads" -> Optional.of(NQUADS);
            case "htm" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }
}
