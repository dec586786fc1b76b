package org.unkg.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.unkg.common.IriScheme;

/**
 * The converted N-Quads with the vocabularies beside them, each in its graph, as the store holds them: a document's
 * graph names the bodies, countries, instruments and themes it mentions, and their names and classes are in the
 * vocabularies' graphs, which the scorers read too.
 */
public final class WithVocabularies {

    private static final Path VOCABULARIES = Path.of("ontology/vocabularies");

    private WithVocabularies() {
    }

    /** Appends every vocabulary of {@code ontology/vocabularies} to the N-Quads file {@code converted}. */
    public static Path append(Path converted) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(VOCABULARIES)) {
            files = listed.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(converted, StandardOpenOption.APPEND)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            for (Path file : files) {
                String name = file.getFileName().toString().replaceFirst("\\.ttl$", "");
                var graph = NodeFactory.createURI(IriScheme.standard().vocabularyGraph(name));
                RDFParser.source(file).parse(new StreamRDFWrapper(writer) {
                    @Override
                    public void triple(Triple t) {
                        writer.quad(Quad.create(graph, t));
                    }

                    @Override
                    public void start() {
                    }

                    @Override
                    public void finish() {
                    }
                });
            }
            writer.finish();
        }
        return converted;
    }
}
