package org.unkg.serve.ontology;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.unkg.serve.http.Format;
import org.unkg.serve.ontology.PublishedGraph.Representation;

/**
 * The ontology and its shapes as the server publishes them, and the paths they answer at.
 *
 * <p>An IRI under the data base is served at the same path on the server's own host. The base is the ontology IRI's
 * parent ({@code https://w3id.org/unkg/} for {@code https://w3id.org/unkg/ontology}), so the ontology answers at
 * {@code /ontology}, {@code /ontology/} and at the path of its {@code owl:versionIRI} ({@code /ontology/0.1.0}); the
 * shapes at {@code /ontology/shapes} and at the path of their own IRI ({@code /shapes}). Each path also takes a format
 * extension ({@code /ontology.ttl}, {@code /ontology/shapes.jsonld}). Everything is read and written once, here.
 */
final class OntologySite {

    /** Where the ontology and its shapes are on the classpath (the pom packs {@code ontology/} into the jar). */
    static final String ONTOLOGY_RESOURCE = "ontology/unkg.ttl";
    static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    /** A published document: its graph, the paths it answers at, its HTML pages by language (none for shapes). */
    static final class Document {

        private final String name;
        private final PublishedGraph graph;
        private final String path;
        private final Set<String> paths;
        private final Map<String, Representation> pages;

        Document(String name, PublishedGraph graph, String path, Set<String> paths, Map<String, Representation> pages) {
            this.name = name;
            this.graph = graph;
            this.path = path;
            this.paths = paths;
            this.pages = pages;
        }

        /** {@code ontology} or {@code shapes}. */
        String name() {
            return name;
        }

        PublishedGraph graph() {
            return graph;
        }

        /** The path the format extensions and links build on, e.g. {@code /ontology}. */
        String path() {
            return path;
        }

        /** Every path it answers at, without extension. */
        Set<String> paths() {
            return paths;
        }

        /** The formats it is served in, in the server's order of preference. */
        List<Format> formats() {
            List<Format> formats = new ArrayList<>();
            for (Format format : Format.values()) {
                if (offers(format)) {
                    formats.add(format);
                }
            }
            return formats;
        }

        boolean offers(Format format) {
            return (format.isRdf() && !format.isQuads()) || (format == Format.HTML && !pages.isEmpty());
        }

        /** The representation in a format; for HTML, in a language of {@link OntologyPageBuilder#LANGUAGES}. */
        Representation representation(Format format, String lang) {
            if (format == Format.HTML) {
                return Objects.requireNonNull(pages.get(lang), lang);
            }
            return graph.representation(format);
        }
    }

    /** What a path asks for: a document, in a format given by its extension or, when null, negotiated. */
    record Route(Document document, Format format) {
    }

    private final String ontologyPath;
    private final List<Document> documents;

    private OntologySite(String ontologyPath, List<Document> documents) {
        this.ontologyPath = ontologyPath;
        this.documents = documents;
    }

    /** Reads the ontology and its shapes from the classpath and renders the ontology's pages. */
    static OntologySite load() {
        return of(PublishedGraph.fromClasspath(ONTOLOGY_RESOURCE), PublishedGraph.fromClasspath(SHAPES_RESOURCE));
    }

    static OntologySite of(PublishedGraph ontology, PublishedGraph shapes) {
        String iri = ontology.iri();
        int slash = iri.lastIndexOf('/');
        if (slash < 0 || slash == iri.length() - 1) {
            throw new IllegalStateException("the ontology IRI " + iri + " has no last path segment to serve it at");
        }
        String base = iri.substring(0, slash + 1);
        String ontologyPath = "/" + iri.substring(slash + 1);
        String shapesPath = ontologyPath + "/shapes";

        Set<String> ontologyPaths = new LinkedHashSet<>(List.of(ontologyPath, ontologyPath + "/"));
        Statement version = ontology.model().createResource(iri).getProperty(OWL.versionIRI);
        if (version != null && version.getObject().isURIResource()) {
            pathUnder(base, version.getResource()).ifPresent(ontologyPaths::add);
        }
        Set<String> shapesPaths = new LinkedHashSet<>(List.of(shapesPath));
        pathUnder(base, shapes.model().createResource(shapes.iri())).ifPresent(shapesPaths::add);

        OntologyPageBuilder builder = new OntologyPageBuilder(ontology, ontologyPath, shapesPath);
        PageRenderer renderer = new PageRenderer();
        Map<String, Representation> pages = new LinkedHashMap<>();
        for (String lang : OntologyPageBuilder.LANGUAGES) {
            byte[] html = renderer.render(builder.build(lang)).getBytes(StandardCharsets.UTF_8);
            pages.put(lang, Representation.of(Format.HTML, html, lang));
        }
        return new OntologySite(ontologyPath, List.of(
                new Document("ontology", ontology, ontologyPath, ontologyPaths, pages),
                new Document("shapes", shapes, shapesPath, shapesPaths, Map.of())));
    }

    /** The path of an IRI under the base, when it is under it and is not the base itself. */
    private static Optional<String> pathUnder(String base, Resource resource) {
        String iri = resource.getURI();
        if (iri.startsWith(base) && iri.length() > base.length() && !iri.contains("#") && !iri.contains("?")) {
            return Optional.of("/" + iri.substring(base.length()));
        }
        return Optional.empty();
    }

    /** The path the ontology is served at, e.g. {@code /ontology}. */
    String ontologyPath() {
        return ontologyPath;
    }

    Document ontology() {
        return documents.get(0);
    }

    Document shapes() {
        return documents.get(1);
    }

    /** The document and format a request path asks for; empty for a path that names nothing (404). */
    Optional<Route> route(String path) {
        for (Document document : documents) {
            if (document.paths().contains(path)) {
                return Optional.of(new Route(document, null));
            }
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot > slash + 1) {
            String stem = path.substring(0, dot);
            Optional<Format> format = Format.byExtension(path.substring(dot + 1));
            for (Document document : documents) {
                if (document.paths().contains(stem) && format.isPresent() && document.offers(format.get())) {
                    return Optional.of(new Route(document, format.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The servlet path specs that cover every path the documents answer at: everything under the ontology's path
     * (so that unknown paths there get this site's 404), and each other path with its extensions.
     */
    List<String> pathSpecs() {
        Set<String> specs = new LinkedHashSet<>();
        specs.add(ontologyPath + "/*");
        for (Document document : documents) {
            for (String path : document.paths()) {
                List<String> candidates = new ArrayList<>(List.of(path));
                for (Format format : document.formats()) {
                    candidates.add(path + "." + format.extension());
                }
                for (String candidate : candidates) {
                    if (!candidate.equals(ontologyPath) && !candidate.startsWith(ontologyPath + "/")) {
                        specs.add(candidate);
                    }
                }
            }
        }
        return List.copyOf(specs);
    }
}
