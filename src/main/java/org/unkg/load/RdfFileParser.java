package org.unkg.load;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Parses one input file into a stream, strictly: the first syntax error stops the parse with a message naming the
 * file, the line and the column. It also takes the SHA-256 of the file's bytes as they are on disk (compressed, for a
 * {@code .gz}), so that what is recorded about a store describes exactly what was parsed.
 */
final class RdfFileParser {

    private static final int BUFFER = 1 << 16;

    private RdfFileParser() {
    }

    /** What one parse of a file found. */
    record Parsed(InputFile file, long statements, String sha256) {
    }

    /**
     * @param sink    receives the file's triples and quads as the parser reads them
     * @param onBytes told how many bytes of the file were read, as they are read
     */
    static Parsed parse(InputFile file, StreamRDF sink, LongConsumer onBytes) {
        MessageDigest sha256 = FileDigest.newSha256();
        CountingStream counting = new CountingStream(sink);
        try (InputStream raw = Files.newInputStream(file.path());
             InputStream reported = new ReportingInputStream(raw, onBytes);
             DigestInputStream digested = new DigestInputStream(new BufferedInputStream(reported, BUFFER), sha256);
             InputStream content = file.gzipped() ? new GZIPInputStream(digested, BUFFER) : digested) {
            // The parser closes what it reads from; the rest of the file must still be read for the digest.
            RDFParser.source(new UnclosedInputStream(content))
                    .lang(file.lang())
                    .base(file.path().toAbsolutePath().toUri().toString())
                    .errorHandler(new SourceErrorHandler(file.path().toString()))
                    .parse(counting);
            digested.transferTo(OutputStream.nullOutputStream());
        } catch (NoSuchFileException e) {
            throw new StoreException(file.path() + ": no such file", e);
        } catch (ZipException e) {
            throw new StoreException(file.path() + ": not a valid gzip file: " + e.getMessage(), e);
        } catch (IOException | RuntimeIOException e) {
            throw new StoreException(file.path() + ": cannot read: " + e.getMessage(), e);
        } catch (RiotException e) {
            // Errors the parser raised without going through the error handler, e.g. from the JSON-LD processor.
            throw new StoreException(file.path() + ": " + e.getMessage(), e);
        }
        return new Parsed(file, counting.count, FileDigest.hex(sha256.digest()));
    }

    /** Counts the statements passing through, triples and quads alike. */
    private static final class CountingStream extends StreamRDFWrapper {

        long count;

        CountingStream(StreamRDF other) {
            super(other);
        }

        @Override
        public void triple(Triple triple) {
            count++;
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            count++;
            super.quad(quad);
        }
    }

    private static final class UnclosedInputStream extends FilterInputStream {

        UnclosedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

    private static final class ReportingInputStream extends FilterInputStream {

        private final LongConsumer onBytes;

        ReportingInputStream(InputStream in, LongConsumer onBytes) {
            super(in);
            this.onBytes = onBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                onBytes.accept(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                onBytes.accept(n);
            }
            return n;
        }
    }
}
