package org.unkg.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.unkg.common.Sha256;
import org.unkg.rdf.RdfFiles;
import org.unkg.rdf.Terms;
import org.unkg.source.Manifest;
import org.unkg.source.SourceDocument;

/**
 * Converts many files into one RDF file. Files are converted in parallel but written in input order, so the output
 * is the same from one run to the next. A file that fails is reported and skipped; the rest go on. The output is
 * written to a temporary file beside the target and moved into place at the end, so an interrupted run never
 * leaves a half-written file where a good one was.
 */
public final class BatchConverter {

    /** Progress callback: called once per file, in input order, with the file's name. */
    public interface Progress {
        void fileDone(String fileName);
    }

    private final DocumentConverter converter;
    private final int threads;

    public BatchConverter(DocumentConverter converter, int threads) {
        this.converter = converter;
        this.threads = Math.max(1, threads);
    }

    public ConversionSummary convert(List<Path> files, Manifest manifest, Path out, Progress progress)
            throws IOException {
        RDFFormat format = RdfFiles.formatOf(out);
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> writtenBy = new HashMap<>();
        int converted = 0;
        long statements = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (OutputStream stream = RdfFiles.open(temp)) {
            RDFWriter writer = RdfFiles.writer(format, stream);
            writer.startRDF();
            writePrefixes(writer);
            List<CompletableFuture<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(CompletableFuture.supplyAsync(() -> convertOne(file, manifest), pool));
            }
            for (CompletableFuture<Outcome> f : futures) {
                Outcome o = f.join();
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
                        d.statements().forEach(writer::handleStatement);
                        statements += d.statements().size();
                        converted++;
                        warnings.addAll(d.warnings());
                    }
                }
                progress.fileDone(o.fileName);
            }
            writer.endRDF();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        warnings.addAll(unmatchedManifestRows(files, manifest));
        return new ConversionSummary(converted, statements, failures, warnings);
    }

    /** A manifest row whose file was not among the inputs is most likely a typing error in the manifest. */
    private static List<String> unmatchedManifestRows(List<Path> files, Manifest manifest) {
        java.util.Set<String> names = new java.util.HashSet<>();
        files.forEach(f -> names.add(f.getFileName().toString()));
        String source = manifest.source().map(Path::toString).orElse("the manifest");
        return manifest.entries().stream().filter(e -> !names.contains(e.file()))
                .map(e -> source + ": names the file " + e.file() + ", which is not among the files converted").toList();
    }

    private record Outcome(String fileName, ConvertedDocument document, String failure) {
    }

    private Outcome convertOne(Path file, Manifest manifest) {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            SourceDocument source = new SourceDocument(file, bytes, Sha256.hex(bytes), manifest.entryFor(file));
            return new Outcome(name, converter.convert(source), null);
        } catch (ConversionException e) {
            return new Outcome(name, null, e.getMessage());
        } catch (IOException e) {
            return new Outcome(name, null, file + ": cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(name, null, file + ": conversion failed: " + e);
        }
    }

    private static void writePrefixes(RDFWriter writer) {
        Map<String, String> prefixes = Map.of("unkg", Terms.UNKG, "dct", Terms.DCT, "rdfs", Terms.RDFS,
                "skos", Terms.SKOS, "xsd", Terms.XSD, "prov", Terms.PROV);
        prefixes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(p -> writer.handleNamespace(p.getKey(), p.getValue()));
    }
}
