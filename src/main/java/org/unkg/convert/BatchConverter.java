package org.unkg.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.unkg.common.Sha256;
import org.unkg.rdf.NQuadsLines;
import org.unkg.rdf.RdfFiles;
import org.unkg.rdf.TermIris;
import org.unkg.source.Manifest;
import org.unkg.source.ManifestEntry;
import org.unkg.source.SourceDocument;

/**
 * Converts many files into one RDF file. Files are converted in parallel but written in input order, so the output
 * is the same from one run to the next and whatever the number of threads. A file that fails is reported and
 * skipped; the rest go on. Each document's own graph is written as it comes; the statements of the graphs that all
 * documents share (discovered names, what is referred to) are gathered, each once, and written at the end, without
 * the description of a cited document that the corpus holds (its own graph describes it). The output is written to
 * a temporary file beside the target and moved into place at the end, so an interrupted run never leaves a
 * half-written file where a good one was.
 */
public final class BatchConverter {

    /** Called once per file, in input order, with the file's name. */
    public interface FileListener {
        void fileDone(String fileName);
    }

    /** How many files per thread may be converted ahead of the one being written. */
    private static final int AHEAD = 8;

    private final DocumentConverter converter;
    /**
     * The structure the numbering check read of each file, for the conversion to take up rather than read it again
     * (reading is a third of converting). Softly held: where memory runs short, a file is read again.
     */
    private final Map<Path, SoftReference<Read>> read = new ConcurrentHashMap<>();

    /** A file's structure as read from these bytes (by their hash) under this manifest entry. */
    private record Read(String sha256, Optional<ManifestEntry> entry, DocumentConverter.Recognized recognized) {
    }
    private final int threads;

    public BatchConverter(DocumentConverter converter, int threads) {
        this.converter = converter;
        this.threads = Math.max(1, threads);
    }

    public ConversionSummary convert(List<Path> files, Manifest manifest, Path out, FileListener listener)
            throws IOException {
        return convert(files, manifest, out, checkNumbering(files, manifest, name -> { }), listener);
    }

    /**
     * Reads the structure of every file (in parallel) and checks the resolutions' dates and meetings against the
     * Council's numbering ({@link NumberingCheck}). A file that cannot be read is left to the conversion to report.
     */
    NumberingCheck.Verdicts checkNumbering(List<Path> files, Manifest manifest, FileListener listener) {
        return checkNumbering(files, manifest, listener, entry -> { });
    }

    /** As {@link #checkNumbering(List, Manifest, FileListener)}, handing each resolution read to {@code seen}. */
    NumberingCheck.Verdicts checkNumbering(List<Path> files, Manifest manifest, FileListener listener,
            Consumer<NumberingCheck.Numbered> seen) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<Optional<NumberingCheck.Numbered>>> read = new ArrayList<>();
            for (Path file : files) {
                read.add(CompletableFuture.supplyAsync(() -> entry(file, manifest), pool));
            }
            List<NumberingCheck.Numbered> entries = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                read.get(i).join().ifPresent(entries::add);
                listener.fileDone(files.get(i).getFileName().toString());
            }
            entries.forEach(seen);
            return NumberingCheck.check(entries);
        } finally {
            pool.shutdownNow();
        }
    }

    private Optional<NumberingCheck.Numbered> entry(Path file, Manifest manifest) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            SourceDocument source = new SourceDocument(file, bytes, Sha256.hex(bytes), manifest.entryFor(file));
            DocumentConverter.Recognized r = converter.recognize(source);
            read.put(file, new SoftReference<>(new Read(source.sha256(), source.manifestEntry(), r)));
            return r.document().symbol().flatMap(s -> {
                OptionalInt number = s.securityCouncilResolutionNumber();
                OptionalInt year = s.securityCouncilResolutionYear();
                return number.isPresent() && year.isPresent() ? Optional.of(new NumberingCheck.Numbered(file.toString(),
                        number.getAsInt(), year.getAsInt(), r.document().date(), r.document().meeting(), r.stated()))
                        : Optional.empty();
            });
        } catch (ConversionException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Converts the files, with the dates and meetings the numbering check settled. */
    ConversionSummary convert(List<Path> files, Manifest manifest, Path out, NumberingCheck.Verdicts numbering,
            FileListener listener) throws IOException {
        RDFFormat format = RdfFiles.formatOf(out);
        boolean lineBased = format == RDFFormat.NQUADS || format == RDFFormat.NTRIPLES;
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> writtenBy = new HashMap<>();
        int converted = 0;
        int uncertain = 0;
        long statements = 0;
        Set<Statement> shared = new LinkedHashSet<>();
        Set<String> documents = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (OutputStream stream = RdfFiles.open(temp)) {
            RDFWriter writer = lineBased ? null : RdfFiles.writer(format, stream);
            if (writer != null) {
                writer.startRDF();
                writePrefixes(writer);
            }
            // A bounded window of files in flight keeps memory flat however many files there are.
            Deque<CompletableFuture<Converted>> window = new ArrayDeque<>();
            Iterator<Path> pending = files.iterator();
            while (pending.hasNext() || !window.isEmpty()) {
                while (pending.hasNext() && window.size() < threads * AHEAD) {
                    Path file = pending.next();
                    window.add(CompletableFuture.supplyAsync(
                            () -> convertOne(file, manifest, numbering, format, lineBased), pool));
                }
                Converted o = window.remove().join();
                if (o.failure != null) {
                    failures.add(o.failure);
                } else {
                    ConvertedDocument d = o.document;
                    String identity = d.documentKey() + "@" + d.document().language();
                    String earlier = writtenBy.putIfAbsent(identity, d.fileName());
                    if (earlier != null) {
                        failures.add(d.fileName() + ": the same document (" + d.documentKey() + ", "
                                + d.document().language() + ") was already converted from " + earlier
                                + "; this file is skipped");
                    } else {
                        long own = 0;
                        for (Statement st : d.statements()) {
                            if (converter.isShared(st)) {
                                shared.add(st);
                            } else {
                                own++;
                                if (writer != null) {
                                    writer.handleStatement(st);
                                }
                            }
                        }
                        if (writer == null) {
                            stream.write(o.lines);
                        }
                        documents.add(converter.documentIri(d.documentKey()));
                        statements += own;
                        converted++;
                        warnings.addAll(d.warnings());
                        uncertain += d.uncertain().isEmpty() ? 0 : 1;
                    }
                }
                listener.fileDone(o.fileName);
            }
            statements += writeShared(shared, documents, format, writer, stream);
            if (writer != null) {
                writer.endRDF();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        warnings.addAll(unmatchedManifestRows(files, manifest));
        return new ConversionSummary(converted, statements, failures, warnings, uncertain);
    }

    /** Writes the shared statements, but for those about a converted document; returns how many it wrote. */
    private static long writeShared(Set<Statement> shared, Set<String> documents, RDFFormat format, RDFWriter writer,
            OutputStream stream) throws IOException {
        NQuadsLines lines = new NQuadsLines(format == RDFFormat.NQUADS);
        StringBuilder sb = new StringBuilder();
        long written = 0;
        for (Statement st : shared) {
            if (documents.contains(st.getSubject().stringValue())) {
                continue;
            }
            written++;
            if (writer != null) {
                writer.handleStatement(st);
            } else {
                lines.append(st, sb);
                if (sb.length() > 1 << 16) {
                    stream.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    sb.setLength(0);
                }
            }
        }
        stream.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        return written;
    }

    /** A manifest row whose file was not among the inputs is most likely a typing error in the manifest. */
    private static List<String> unmatchedManifestRows(List<Path> files, Manifest manifest) {
        java.util.Set<String> names = new java.util.HashSet<>();
        files.forEach(f -> names.add(f.getFileName().toString()));
        String source = manifest.source().map(Path::toString).orElse("the manifest");
        return manifest.entries().stream().filter(e -> !names.contains(e.file()))
                .map(e -> source + ": names the file " + e.file() + ", which is not among the files converted").toList();
    }

    /** A converted file; for N-Quads and N-Triples also its lines, written by the thread that converted it. */
    private record Converted(String fileName, ConvertedDocument document, byte[] lines, String failure) {
    }

    private Converted convertOne(Path file, Manifest manifest, NumberingCheck.Verdicts numbering, RDFFormat format,
            boolean lineBased) {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            SourceDocument source = new SourceDocument(file, bytes, Sha256.hex(bytes), manifest.entryFor(file));
            Optional<DocumentConverter.Recognized> recognized = readBefore(source);
            ConvertedDocument d = recognized.isPresent()
                    ? converter.convert(recognized.get(), numbering.verdict(file.toString()))
                    : converter.convert(source, numbering.verdict(file.toString()));
            return new Converted(name, d, lineBased ? lines(d, format) : null, null);
        } catch (ConversionException e) {
            return new Converted(name, null, null, e.getMessage());
        } catch (IOException e) {
            return new Converted(name, null, null, file + ": cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Converted(name, null, null, file + ": conversion failed: " + e);
        }
    }

    /** The structure the numbering check read of the same bytes under the same manifest entry, if still held. */
    private Optional<DocumentConverter.Recognized> readBefore(SourceDocument source) {
        SoftReference<Read> held = read.remove(source.path());
        Read r = held == null ? null : held.get();
        return r != null && r.sha256().equals(source.sha256()) && r.entry().equals(source.manifestEntry())
                ? Optional.of(r.recognized()) : Optional.empty();
    }

    /** The lines of a document's own statements; the shared ones are written at the end. */
    private byte[] lines(ConvertedDocument d, RDFFormat format) {
        NQuadsLines writer = new NQuadsLines(format == RDFFormat.NQUADS);
        StringBuilder sb = new StringBuilder(d.statements().size() * 160);
        for (Statement st : d.statements()) {
            if (!converter.isShared(st)) {
                writer.append(st, sb);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writePrefixes(RDFWriter writer) {
        Map<String, String> prefixes = Map.of("unkg", TermIris.UNKG, "dct", TermIris.DCT, "rdfs", TermIris.RDFS_NS,
                "skos", TermIris.SKOS_NS, "xsd", TermIris.XSD_NS, "prov", TermIris.PROV_NS);
        prefixes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(p -> writer.handleNamespace(p.getKey(), p.getValue()));
    }
}
