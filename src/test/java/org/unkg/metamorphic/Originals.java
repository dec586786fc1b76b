package org.unkg.metamorphic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.common.IriScheme;
import org.unkg.common.Sha256;
import org.unkg.convert.ConversionException;
import org.unkg.convert.ConvertedDocument;
import org.unkg.convert.DocumentConverter;
import org.unkg.mention.EntityVocabulary;
import org.unkg.mention.MentionFinder;
import org.unkg.rdf.AgendaItems;
import org.unkg.rdf.DocumentGraphWriter;
import org.unkg.rdf.EntityVocabularyReader;
import org.unkg.source.Manifest;
import org.unkg.source.SourceDocument;
import org.unkg.source.SourceFiles;
import org.unkg.structure.LanguageReaders;

/**
 * The bundled documents the variants are made from, each converted as it is: the Chinese documents of
 * {@code data/zh} and every n-th English resolution of {@code data/en-resolutions} by number, which spreads the
 * sample over the decades as the Council adopted them.
 */
final class Originals {

    private static final Pattern RESOLUTION_FILE = Pattern.compile("S-RES-(\\d+)\\(\\d{4}\\)\\.txt");

    /** An original: its conversion, what must stay the same, and its text as logical lines. */
    record Original(ConvertedDocument converted, DocumentDigest digest, LogicalDocument logical) {
    }

    private Originals() {
    }

    static DocumentConverter converter() {
        EntityVocabulary vocabulary = EntityVocabularyReader.fromClasspath();
        return new DocumentConverter(LanguageReaders.standard(), new MentionFinder(vocabulary, IriScheme.standard()),
                new DocumentGraphWriter(IriScheme.standard(), AgendaItems.fromClasspath(), "test"));
    }

    /** The Chinese documents and every {@code every}-th English resolution (none for 0), converted. */
    static List<Original> read(DocumentConverter converter, int every) throws IOException, ConversionException {
        Manifest manifest = Manifest.read(Path.of("data/zh/manifest.csv"));
        List<Path> files = new ArrayList<>(SourceFiles.expand(List.of(Path.of("data/zh"))));
        if (every > 0) {
            files.addAll(englishSample(every));
        }
        List<Original> originals = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            SourceDocument source = new SourceDocument(f, bytes, Sha256.hex(bytes), manifest.entryFor(f));
            ConvertedDocument c = converter.convert(source);
            originals.add(new Original(c, DocumentDigest.of(c), LogicalDocument.of(c, source.manifestEntry())));
        }
        return originals;
    }

    private static List<Path> englishSample(int every) throws IOException {
        List<Path> all = new ArrayList<>(SourceFiles.expand(List.of(Path.of("data/en-resolutions"))));
        all.sort(Comparator.comparingInt(Originals::number));
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            sample.add(all.get(i));
        }
        return sample;
    }

    private static int number(Path p) {
        Matcher m = RESOLUTION_FILE.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }
}
