package org.unkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.unkg.load.DefaultGraphToNamed;
import org.unkg.load.InputFile;

/**
 * Makes the one N-Quads file that both loaders are measured on: the converted corpus followed by everything else
 * {@code up} loads (the ontology, the vocabularies, the query gallery), each file's triples in the graph {@code up}
 * gives them. The store built from it is the one {@code up} serves, so the gallery's queries find their data.
 */
final class StoreFile {

    private StoreFile() {
    }

    /**
     * Appends the other inputs' statements to the converted corpus's file, as quads.
     *
     * @param converted the converted corpus, an N-Quads file, extended in place
     * @param others    the other files with their graphs
     * @return the number of quads appended
     */
    static long appendTo(Path converted, List<InputFile> others) throws IOException {
        long[] count = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(converted, StandardOpenOption.APPEND),
                1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
            writer.start();
            // one stream for all the files: each file's start and finish stop here
            StreamRDF quads = new StreamRDFWrapper(writer) {
                @Override
                public void start() {
                }

                @Override
                public void finish() {
                }

                @Override
                public void quad(Quad quad) {
                    count[0]++;
                    super.quad(quad);
                }
            };
            for (InputFile file : others) {
                RDFParser.source(file.path()).lang(file.lang())
                        .parse(new DefaultGraphToNamed(quads, file.defaultGraph()));
            }
            writer.finish();
        }
        return count[0];
    }
}
