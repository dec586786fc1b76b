package org.unkg.metamorphic;

import java.util.List;
import java.util.Optional;
import org.unkg.convert.ConvertedDocument;
import org.unkg.source.ManifestEntry;
import org.unkg.structure.Block;

/**
 * A document as the converter read it, one logical line per block (title, header line, paragraph, footnote), in
 * reading order: what a variant lays out anew. Page furniture was dropped by the reading and is added again only by the
 * layouts that have it.
 *
 * @param name the original file's name, which variants keep (with their own extension)
 * @param symbol the document's symbol as the conversion found it, for running headers
 * @param headerLines how many of the lines, from the first, are the header (symbol, date, title, adoption line)
 */
record LogicalDocument(String name, String language, Optional<String> symbol, List<String> lines,
        int headerLines, Optional<ManifestEntry> manifestEntry) {

    static LogicalDocument of(ConvertedDocument original, Optional<ManifestEntry> manifestEntry) {
        List<Block> blocks = original.document().blocks();
        List<String> lines = blocks.stream().map(Block::text).toList();
        int header = 0;
        while (header < blocks.size() && blocks.get(header).role() == Block.Role.HEADER) {
            header++;
        }
        return new LogicalDocument(original.fileName(), original.document().language(),
                original.document().symbol().map(s -> s.canonical()), lines, header, manifestEntry);
    }

    boolean chinese() {
        return language.equals("zh");
    }

    /** The file name with another extension. */
    String nameWith(String extension) {
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)) + "." + extension;
    }

    LogicalDocument withLines(List<String> other) {
        return new LogicalDocument(name, language, symbol, other, headerLines, manifestEntry);
    }
}
