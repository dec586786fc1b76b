package org.unkg.structure;

import java.util.List;
import org.unkg.text.SourceLine;

/**
 * The language-specific knowledge of the structure stage: how documents in one language lay out their title,
 * date, meeting, agenda item and paragraphs. A new language is a new implementation, registered in
 * {@link LanguageReaders}.
 */
public interface LanguageReader {

    /** The BCP 47 language tag this reader handles. */
    String language();

    /** How sure this reader is that a text is in its language, from 0 to 1. */
    double affinity(String text);

    /**
     * Reads a document's structure from its lines (page noise already removed).
     *
     * @param wholeText the whole cleaned text, for decisions that need the document's other lines
     */
    RecognizedDocument read(List<SourceLine> lines, String wholeText);

    /** The dates and meeting numbers the document states where it dates itself, each with its line. */
    StatedHeader stated(RecognizedDocument document);
}
