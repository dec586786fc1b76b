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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
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
    private static final byte[] END_OF_STATEMENT = " .\n".getBytes(StandardCharsets.US_ASCII);

    private DatasetDump() {
    }

    /** What was written: the SHA-256 of the quads' gzipped file, in hex, its quads, and the distinct triples. */
    record Written(String sha256, long quads, long triples) {
    }

    /**
     * Writes the dumps of a dataset into the store's {@code dumps/} folder, both in one pass over TDB2's SPOG quad
     * index: each quad is decoded and formatted once and written to the quads' file, and to the triples' file too
     * unless it is the triple just written in another graph (in that index a triple's graphs come one after the
     * other).
     */
    static Written write(DatasetGraph dataset, Store store, Progress progress) {
        Path dir = store.dumpsDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot write the dump: " + e.getMessage(), e);
        }
        try (Progress.Step quadStep = progress.start("Writing the dump", -1, Progress.Unit.QUADS);
             Progress.Step tripleStep = progress.start("Writing the distinct triples", -1, Progress.Unit.QUADS);
             Gzipped quads = new Gzipped(dir, FILE_NAME, CHECKSUM_FILE_NAME, quadStep);
             Gzipped triples = new Gzipped(dir, TRIPLES_FILE_NAME, TRIPLES_CHECKSUM_FILE_NAME, tripleStep)) {
            Txn.executeRead(dataset, () -> {
                DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
                NodeTupleTable table = tdb.getQuadTable().getNodeTupleTable();
                TupleIndex spog = table.getTupleTable().selectIndex("SPOG");
                NodeTable nodes = table.getNodeTable();
                Terms terms = new Terms(nodes);
                NodeId s0 = null;
                NodeId p0 = null;
                NodeId o0 = null;
                byte[] s = null;
                byte[] p = null;
                byte[] o = null;
                // tuples come out in the table's order, G S P O, whatever the index's order
                for (Iterator<Tuple<NodeId>> all = spog.all(); all.hasNext();) {
                    Tuple<NodeId> t = all.next();
                    boolean newS = !t.get(1).equals(s0);
                    boolean newP = newS || !t.get(2).equals(p0);
                    boolean newO = newP || !t.get(3).equals(o0);
                    if (newS) {
                        s0 = t.get(1);
                        s = terms.format(s0);
                    }
                    if (newP) {
                        p0 = t.get(2);
                        p = terms.predicate(p0);
                    }
                    if (newO) {
                        o0 = t.get(3);
                        o = terms.format(o0);
                        triples.line(s, p, o, null);
                    }
                    quads.line(s, p, o, terms.graph(t.get(0)));
                }
            });
            String sha256 = quads.finish();
            triples.finish();
            return new Written(sha256, quads.statements, triples.statements);
        }
    }

    /**
     * The terms of the store as N-Triples writes them, in UTF-8, each formatted once for both files: a subject's or
     * an object's once per run of its statements, a predicate or a graph, of which there are few, once for the dump.
     */
    private static final class Terms {

        private final NodeTable nodes;
        private final NTriplesTerm term = new NTriplesTerm();
        private final Map<NodeId, byte[]> predicates = new HashMap<>();
        private final Map<NodeId, byte[]> graphs = new HashMap<>();

        Terms(NodeTable nodes) {
            this.nodes = nodes;
        }

        byte[] format(NodeId id) {
            return term.format(nodes.getNodeForNodeId(id));
        }

        byte[] predicate(NodeId id) {
            return predicates.computeIfAbsent(id, this::format);
        }

        byte[] graph(NodeId id) {
            return graphs.computeIfAbsent(id, this::format);
        }
    }

    /**
     * One gzipped file being written through a temporary one; {@link #finish()} puts it in place with its checksum.
     */
    private static final class Gzipped implements AutoCloseable {
        /**
         * The dumps compress about 15 to 1 whatever the level: on the corpus's N-Quads (100 MB), level 6, gzip's
         * default, took 1.3 s to 6.4 MB, level 3 0.6 s to 7.4 MB and level 1 0.55 s to 8.1 MB; level 3 is nearly
         * the fastest for a sixth more bytes than the default.
         */
        private static final int LEVEL = 3;

        private final Path file;
        private final Path tmp;
        private final Path checksum;
        private final MessageDigest digest = Sha256.newDigest();
        private final OutputStream out;
        private final Progress.Step step;
        private long statements;
        private boolean finished;

        Gzipped(Path dir, String name, String checksumName, Progress.Step step) {
            this.file = dir.resolve(name);
            this.tmp = dir.resolve(name + ".tmp");
            this.checksum = dir.resolve(checksumName);
            this.step = step;
            try {
                this.out = new BufferedOutputStream(new GZIPOutputStream(new BufferedOutputStream(
                        new DigestOutputStream(Files.newOutputStream(tmp), digest), 1 << 16), 1 << 16) {
                    {
                        def.setLevel(LEVEL);
                    }
                }, 1 << 16);
            } catch (IOException e) {
                throw new StoreException(file + ": cannot write the dump: " + e.getMessage(), e);
            }
        }

        /** Writes one line of N-Triples, or of N-Quads when {@code graph} is given: terms as {@link Terms} made them. */
        void line(byte[] subject, byte[] predicate, byte[] object, byte[] graph) {
            try {
                out.write(subject);
                out.write(' ');
                out.write(predicate);
                out.write(' ');
                out.write(object);
                if (graph != null) {
                    out.write(' ');
                    out.write(graph);
                }
                out.write(END_OF_STATEMENT);
            } catch (IOException e) {
                throw new StoreException(file + ": cannot write the dump: " + e.getMessage(), e);
            }
            if (++statements % REPORT_EVERY == 0) {
                step.advance(REPORT_EVERY);
            }
        }

        /** Closes the file, moves it in place and writes its checksum; returns the SHA-256 in hex. */
        String finish() {
            step.advance(statements % REPORT_EVERY);
            try {
                out.close();
                finished = true;
                String sha256 = HexFormat.of().formatHex(digest.digest());
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.writeString(checksum, sha256 + "  " + file.getFileName() + "\n", StandardCharsets.UTF_8);
                return sha256;
            } catch (IOException e) {
                throw new StoreException(file + ": cannot write the dump: " + e.getMessage(), e);
            }
        }

        /** Finishes the file unless it failed or was finished: a failed load deletes the whole store anyway. */
        @Override
        public void close() {
            if (!finished) {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new StoreException(file + ": cannot write the dump: " + e.getMessage(), e);
                }
            }
        }
    }
}
