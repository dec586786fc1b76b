package org.unkg.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.unkg.cli.VersionProvider;
import org.unkg.mention.EntityVocabulary;
import org.unkg.mention.MentionFinder;
import org.unkg.rdf.AgendaItems;
import org.unkg.rdf.DocumentGraphWriter;
import org.unkg.rdf.IriScheme;
import org.unkg.source.Manifest;
import org.unkg.structure.LanguageReaders;

/** The conversion as a library call: source files and a manifest in, an RDF file and a summary out. */
public final class Conversion {

    private final IriScheme iris;
    private final int threads;

    public Conversion(String base, int threads) {
        this.iris = new IriScheme(base);
        this.threads = threads;
    }

    public ConversionSummary run(List<Path> files, Manifest manifest, Path out, BatchConverter.Progress progress)
            throws IOException {
        EntityVocabulary vocabulary = EntityVocabulary.fromClasspath();
        DocumentConverter converter = new DocumentConverter(LanguageReaders.standard(),
                new MentionFinder(vocabulary, iris.base()),
                new DocumentGraphWriter(iris, AgendaItems.fromClasspath(), vocabulary, VersionProvider.version()));
        return new BatchConverter(converter, threads).convert(files, manifest, out, progress);
    }
}
