package org.unkg.convert;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.unkg.common.IriScheme;
import org.unkg.common.Version;
import org.unkg.mention.EntityVocabulary;
import org.unkg.mention.MentionFinder;
import org.unkg.progress.Progress;
import org.unkg.rdf.AgendaItems;
import org.unkg.rdf.DocumentGraphWriter;
import org.unkg.rdf.EntityVocabularyReader;
import org.unkg.source.Manifest;
import org.unkg.structure.LanguageReaders;

/**
 * The conversion's entry point: source files and a manifest in, an RDF file and a summary out. {@code unkg convert}
 * and {@code unkg up} run it with a progress display and a report of what went wrong.
 */
public final class Conversion {

    private final IriScheme iris;
    private final int threads;

    /** A conversion that mints its IRIs under {@code iris}, converting {@code threads} files at once. */
    public Conversion(IriScheme iris, int threads) {
        this.iris = iris;
        this.threads = threads;
    }

    /** Converts, calling {@code listener} once per file in input order. */
    public ConversionSummary run(List<Path> files, Manifest manifest, Path out, BatchConverter.FileListener listener)
            throws IOException {
        return new BatchConverter(converter(), threads).convert(files, manifest, out, listener);
    }

    /** The converter of one file, with the packaged vocabularies. */
    public DocumentConverter converter() throws IOException {
        EntityVocabulary vocabulary = EntityVocabularyReader.fromClasspath();
        return new DocumentConverter(LanguageReaders.standard(), new MentionFinder(vocabulary, iris),
                new DocumentGraphWriter(iris, AgendaItems.fromClasspath(), Version.current()));
    }

    /** Converts with a progress display, and reports the warnings, the failures and the totals on {@code report}. */
    public ConversionSummary run(List<Path> files, Manifest manifest, Path out, Progress progress, PrintWriter report)
            throws IOException {
        ConversionSummary summary;
        BatchConverter batch = new BatchConverter(converter(), threads);
        NumberingCheck.Verdicts numbering;
        // Resolutions' dates and meetings are checked against their numbering before any document is written.
        try (Progress.Step step = progress.start("read headers", files.size(), Progress.Unit.DOCUMENTS)) {
            numbering = batch.checkNumbering(files, manifest, name -> step.advance(1));
        }
        try (Progress.Step step = progress.start("convert", files.size(), Progress.Unit.DOCUMENTS)) {
            summary = batch.convert(files, manifest, out, numbering, name -> step.advance(1));
        }
        summary.warnings().forEach(w -> report.println("warning: " + w));
        summary.failures().forEach(f -> report.println("error: " + f));
        report.println(summary.describe() + " -> " + out);
        report.flush();
        return summary;
    }
}
