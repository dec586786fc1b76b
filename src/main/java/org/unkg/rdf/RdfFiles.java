package org.unkg.rdf;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/** Chooses an RDF syntax from a file's extension ({@code .nq}, {@code .trig}, {@code .ttl}, {@code .jsonld}...). */
public final class RdfFiles {

    private RdfFiles() {
    }

    public static RDFFormat formatOf(Path file) {
        String name = stripGzip(file.getFileName().toString().toLowerCase(Locale.ROOT));
        if (name.endsWith(".nq")) {
            return RDFFormat.NQUADS;
        }
        if (name.endsWith(".trig")) {
            return RDFFormat.TRIG;
        }
        if (name.endsWith(".ttl")) {
            return RDFFormat.TURTLE;
        }
        if (name.endsWith(".nt")) {
            return RDFFormat.NTRIPLES;
        }
        if (name.endsWith(".jsonld") || name.endsWith(".json")) {
            return RDFFormat.JSONLD;
        }
        throw new IllegalArgumentException(file + ": unknown RDF file extension (use .nq, .trig, .ttl, .nt or"
                + " .jsonld, optionally with .gz)");
    }

    public static boolean keepsGraphs(RDFFormat format) {
        return format.supportsContexts();
    }

    /**
     * Opens a writer on a stream; the caller closes the stream after {@code endRDF}. The character stream is
     * buffered here because Rio's line-based writers escape and write literals one character at a time.
     */
    public static RDFWriter writer(RDFFormat format, OutputStream out) {
        Writer chars = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        RDFWriter writer = Rio.createWriter(format, chars);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, format != RDFFormat.NQUADS
                && format != RDFFormat.NTRIPLES);
        return writer;
    }

    public static OutputStream open(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16)
                : out;
    }

    private static String stripGzip(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
