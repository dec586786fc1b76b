package org.unkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Makes the one N-Quads file that both loaders are measured on: the converted corpus followed by everything else
 * {@code up} loads (the ontology, the vocabularies, the query gallery), each file's triples in the graph the data
 * contract gives it ({@code DESIGN.md}: {@code {base}graph/ontology}, {@code {base}graph/vocabulary/{file}},
 * {@code {base}graph/queries}). The store built from it is the one {@code up} serves, so the gallery's queries find
 * their data.
 */
final class StoreFile {

    private static final String GRAPHS = "https://w3id.org/unkg/graph/";

    /** A Turtle file of the checkout and the named graph its triples go to. */
    record Part(Path file, String graph) {
    }

    private StoreFile() {
    }

    /** What {@code up} loads besides the converted corpus, from a checkout. */
    static List<Part> upParts(Path home) throws IOException {
        List<Part> parts = new ArrayList<>();
        Path ontology = home.resolve("ontology/unkg.ttl");
        if (Files.isRegularFile(ontology)) {
            parts.add(new Part(ontology, GRAPHS + "ontology"));
        }
        Path vocabularies = home.resolve("ontology/vocabularies");
        if (Files.isDirectory(vocabularies)) {
            try (Stream<Path> files = Files.list(vocabularies)) {
                for (Path v : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                    String name = v.getFileName().toString();
                    parts.add(new Part(v, GRAPHS + "vocabulary/" + name.substring(0, name.length() - ".ttl".length())));
                }
            }
        }
        Path gallery = home.resolve(GalleryQueries.PATH);
        if (Files.isRegularFile(gallery)) {
            parts.add(new Part(gallery, GRAPHS + "queries"));
        }
        return parts;
    }

    /**
     * Appends the parts' triples to the converted corpus's file, as quads in their graphs.
     *
     * @param converted the converted corpus, an N-Quads file, extended in place
     * @return the number of quads appended
     */
    static long appendTo(Path converted, List<Part> parts) throws IOException {
        long[] count = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(converted, StandardOpenOption.APPEND),
                1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
            writer.start();
            for (Part part : parts) {
                Node graph = NodeFactory.createURI(part.graph());
                // one stream for all the files: each file's start and finish stop here
                RDFParser.source(part.file()).lang(Lang.TURTLE).parse(new StreamRDFWrapper(writer) {
                    @Override
                    public void start() {
                    }

                    @Override
                    public void finish() {
                    }

                    @Override
                    public void triple(Triple triple) {
                        quad(Quad.create(graph, triple));
                    }

                    @Override
                    public void quad(Quad quad) {
                        count[0]++;
                        super.quad(quad);
                    }
                });
            }
            writer.finish();
        }
        return count[0];
    }
}
