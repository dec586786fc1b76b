package org.unkg.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.unkg.common.IriScheme;
import org.unkg.common.Sha256;
import org.unkg.mention.EntityVocabulary;
import org.unkg.mention.MentionFinder;
import org.unkg.rdf.AgendaItems;
import org.unkg.rdf.DocumentGraphWriter;
import org.unkg.rdf.EntityVocabularyReader;
import org.unkg.source.Manifest;
import org.unkg.source.SourceDocument;
import org.unkg.structure.LanguageReaders;

/** Test helpers that run the real converter on files of the bundled corpus. */
final class Converters {

    static final Path ZH = Path.of("data/zh");
    static final Path EN = Path.of("data/en-resolutions");
    static final EntityVocabulary VOCABULARY = EntityVocabularyReader.fromClasspath();

    private Converters() {
    }

    static DocumentConverter converter() {
        return new DocumentConverter(LanguageReaders.standard(), new MentionFinder(VOCABULARY, IriScheme.standard()),
                new DocumentGraphWriter(IriScheme.standard(), AgendaItems.fromClasspath(),
                        "test"));
    }

    static ConvertedDocument convert(Path file) throws IOException, ConversionException {
        Manifest manifest = Files.exists(file.resolveSibling("manifest.csv"))
                ? Manifest.read(file.resolveSibling("manifest.csv")) : Manifest.empty();
        return converter().convert(source(file, manifest));
    }

    static SourceDocument source(Path file, Manifest manifest) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new SourceDocument(file, bytes, Sha256.hex(bytes), manifest.entryFor(file));
    }

    static SourceDocument source(String name, byte[] bytes) {
        return new SourceDocument(Path.of(name), bytes, Sha256.hex(bytes), Optional.empty());
    }
}
