package org.unkg.serve.ontology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.unkg.serve.http.Format;

/**
 * An RDF file of the classpath as the server publishes it: parsed once with Jena and written once in every RDF format,
 * so that requests only copy bytes. The Turtle representation is the file itself, with its comments.
 */
final class PublishedGraph {

    /** One representation: its bytes and their entity tag. */
    record Representation(Format format, byte[] body, String etag) {

        static Representation of(Format format, byte[] body, String variant) {
            return new Representation(format, body, PublishedGraph.etag(body, variant));
        }
    }

    private final String resource;
    private final Model model;
    private final String iri;
    private final Map<Format, Representation> representations = new EnumMap<>(Format.class);

    private PublishedGraph(String resource, Model model, byte[] turtle) {
        this.resource = resource;
        this.model = model;
        this.iri = ontologyIri(resource, model);
        representations.put(Format.TURTLE, Representation.of(Format.TURTLE, turtle, ""));
        for (Format format : Format.values()) {
            if (format.isRdf() && !format.isQuads() && format != Format.TURTLE) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, model, format.rdfFormat());
                representations.put(format, Representation.of(format, out.toByteArray(), ""));
            }
        }
    }

    /** Reads a Turtle file from the classpath, e.g. {@code ontology/unkg.ttl}; fails if it is missing or broken. */
    static PublishedGraph fromClasspath(String resource) {
        byte[] turtle;
        try (InputStream in = PublishedGraph.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            turtle = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the classpath", e);
        }
        return fromTurtle(resource, turtle);
    }

    /** Reads Turtle bytes; {@code resource} names where they come from, in messages. */
    static PublishedGraph fromTurtle(String resource, byte[] turtle) {
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.create()
                    .fromString(new String(turtle, StandardCharsets.UTF_8))
                    .lang(Lang.TURTLE)
                    .base("classpath:" + resource)
                    .parse(model);
        } catch (RiotException e) {
            throw new IllegalStateException(resource + " is not valid Turtle: " + e.getMessage(), e);
        }
        return new PublishedGraph(resource, model, turtle);
    }

    /** The one {@code owl:Ontology} the file declares. */
    private static String ontologyIri(String resource, Model model) {
        List<Resource> ontologies = model.listSubjectsWithProperty(RDF.type, OWL.Ontology)
                .filterKeep(Resource::isURIResource)
                .toList();
        if (ontologies.size() != 1) {
            throw new IllegalStateException(resource + " declares " + ontologies.size()
                    + " owl:Ontology resources, not one");
        }
        return ontologies.get(0).getURI();
    }

    /** Where it was read from, e.g. {@code ontology/unkg.ttl}. */
    String resource() {
        return resource;
    }

    /** Its {@code owl:Ontology} IRI. */
    String iri() {
        return iri;
    }

    /** The graph; not to be changed. */
    Model model() {
        return model;
    }

    /** The IRIs of the licences the ontology declares ({@code dct:license}). */
    List<String> licences() {
        return model.createResource(iri).listProperties(DCTerms.license).toList().stream()
                .filter(statement -> statement.getObject().isURIResource())
                .map(statement -> statement.getResource().getURI())
                .sorted()
                .toList();
    }

    /** The representation in an RDF format. */
    Representation representation(Format format) {
        return Objects.requireNonNull(representations.get(format), format.name());
    }

    /** A strong entity tag: the first 16 hex digits of the SHA-256 of the bytes, with a variant (language) mark. */
    static String etag(byte[] body, String variant) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            String hex = HexFormat.of().formatHex(digest, 0, 8);
            return "\"" + hex + (variant.isEmpty() ? "" : "-" + variant) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
