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

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.unkg.common.Sha256;
import org.unkg.progress.Progress;

/**
 * Writes the whole store once, as it is built, as gzipped N-Quads ({@code dumps/unkg.nq.gz}) with its SHA-256 in the
 * format of {@code sha256sum} ({@code dumps/unkg.nq.gz.sha256}). The dump holds every quad the endpoint serves:
 * what the files said and what the load added by entailment, each in its named graph, so that loading it anywhere
 * answers the same queries (full-text search aside), and its line count is the sum of the statistics' subsets.
 */
public final class DatasetDump {

    /** The folder in the store's directory. */
    public static final String FOLDER = "dumps";
    /** The dump's file name. */
    public static final String FILE_NAME = "unkg.nq.gz";
    /** Its checksum's file name. */
    public static final String CHECKSUM_FILE_NAME = FILE_NAME + ".sha256";

    private static final int REPORT_EVERY = 10_000;

    private DatasetDump() {
    }

    /** What was written: the SHA-256 of the gzipped file, in hex, and its number of quads. */
    record Written(String sha256, long quads) {
    }

    /** Writes the dump of a dataset into the store's {@code dumps/} folder. */
    static Written write(DatasetGraph dataset, Store store, Progress progress) {
        Path dir = store.dumpsDir();
        Path file = dir.resolve(FILE_NAME);
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        MessageDigest digest = Sha256.newDigest();
        try {
            Files.createDirectories(dir);
            long[] written = {0};
            try (Progress.Step step = progress.start("Writing the dump", -1, Progress.Unit.QUADS);
                 OutputStream out = new GZIPOutputStream(new BufferedOutputStream(
                         new DigestOutputStream(Files.newOutputStream(tmp), digest), 1 << 16), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
                writer.start();
                Txn.executeRead(dataset, () -> {
                    Iterator<Quad> all = dataset.find();
                    while (all.hasNext()) {
                        writer.quad(all.next());
                        if (++written[0] % REPORT_EVERY == 0) {
                            step.advance(REPORT_EVERY);
                        }
                    }
                });
                writer.finish();
                step.advance(written[0] % REPORT_EVERY);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(dir.resolve(CHECKSUM_FILE_NAME), sha256 + "  " + FILE_NAME + "\n",
                    StandardCharsets.UTF_8);
            return new Written(sha256, written[0]);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the dump: " + e.getMessage(), e);
        }
    }
}
