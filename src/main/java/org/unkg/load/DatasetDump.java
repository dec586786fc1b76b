package org.unkg.load;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.unkg.common.Sha256;
import org.unkg.progress.Progress;

/**
 * Writes the whole store once, as it is built, in two files, each gzipped with its SHA-256 beside it in the format of
 * {@code sha256sum} ({@code .sha256}):
 * <ul>
 * <li>{@code dumps/unkg.nq.gz}, N-Quads: every quad the endpoint serves, what the files said and what the load added
 * by entailment, each in its named graph, so that loading it into a quad store answers the same queries (full-text
 * search aside); its line count is the sum of the statistics' subsets;</li>
 * <li>{@code dumps/unkg.nt.gz}, N-Triples: the distinct triples of the union of the graphs, what the endpoint's
 * default graph holds, for a store or a client that reads triples only. No triple stands in two graphs, so that the
 * quads read with the union of their graphs as the default graph give these triples too, each once.</li>
 * </ul>
 */
public final class DatasetDump {

    /** The folder in the store's directory. */
    public static final String FOLDER = "dumps";
    /** The quads' file name. */
    public static final String FILE_NAME = "unkg.nq.gz";
    /** Its checksum's file name. */
    public static final String CHECKSUM_FILE_NAME = FILE_NAME + ".sha256";
    /** The distinct triples' file name. */
    public static final String TRIPLES_FILE_NAME = "unkg.nt.gz";
    /** Its checksum's file name. */
    public static final String TRIPLES_CHECKSUM_FILE_NAME = TRIPLES_FILE_NAME + ".sha256";

    private static final int REPORT_EVERY = 10_000;

    private DatasetDump() {
    }

    /** What was written: the SHA-256 of the quads' gzipped file, in hex, its quads, and the distinct triples. */
    record Written(String sha256, long quads, long triples) {
    }

    /** Writes the dumps of a dataset into the store's {@code dumps/} folder. */
    static Written write(DatasetGraph dataset, Store store, Progress progress) {
        Path dir = store.dumpsDir();
        Gzipped quads = gzip(dir, FILE_NAME, CHECKSUM_FILE_NAME, RDFFormat.NQUADS_UTF8, progress, "Writing the dump",
                (writer, step) -> Txn.calculateRead(dataset, () -> {
                    Iterator<Quad> all = dataset.find();
                    long n = 0;
                    while (all.hasNext()) {
                        writer.quad(all.next());
                        n = step.counted(n);
                    }
                    return n;
                }));
        // TDB2's union graph is distinct: it reads an index with the graph last and drops repeated triples.
        Gzipped triples = gzip(dir, TRIPLES_FILE_NAME, TRIPLES_CHECKSUM_FILE_NAME, RDFFormat.NTRIPLES_UTF8, progress,
                "Writing the distinct triples", (writer, step) -> Txn.calculateRead(dataset, () -> {
                    Iterator<Triple> all = dataset.getUnionGraph().find();
                    long n = 0;
                    while (all.hasNext()) {
                        writer.triple(all.next());
                        n = step.counted(n);
                    }
                    return n;
                }));
        return new Written(quads.sha256(), quads.statements(), triples.statements());
    }

    /** Counts what was written, reporting every {@value #REPORT_EVERY}. */
    private record Counter(Progress.Step step) {
        long counted(long before) {
            long n = before + 1;
            if (n % REPORT_EVERY == 0) {
                step.advance(REPORT_EVERY);
            }
            return n;
        }
    }

    private record Gzipped(String sha256, long statements) {
    }

    private interface Body {
        long write(StreamRDF writer, Counter counter);
    }

    /** Writes one gzipped file through a temporary one, then its checksum. */
    private static Gzipped gzip(Path dir, String name, String checksumName, RDFFormat format, Progress progress,
            String what, Body body) {
        Path file = dir.resolve(name);
        Path tmp = dir.resolve(name + ".tmp");
        MessageDigest digest = Sha256.newDigest();
        try {
            Files.createDirectories(dir);
            long written;
            try (Progress.Step step = progress.start(what, -1, Progress.Unit.QUADS);
                 OutputStream out = new GZIPOutputStream(new BufferedOutputStream(
                         new DigestOutputStream(Files.newOutputStream(tmp), digest), 1 << 16), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
                writer.start();
                written = body.write(writer, new Counter(step));
                writer.finish();
                step.advance(written % REPORT_EVERY);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(dir.resolve(checksumName), sha256 + "  " + name + "\n", StandardCharsets.UTF_8);
            return new Gzipped(sha256, written);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the dump: " + e.getMessage(), e);
        }
    }
}
