package org.unkg.text;

/** What a language says about where a paragraph starts and ends, for joining the lines a PDF broke. */
public interface BreakRules {

    /** Whether a line opens a paragraph of its own by its look (a number, a bullet, an opening quote...). */
    boolean startsParagraph(SourceLine line);

    /** Whether a line ends the way a paragraph, title or sentence ends. */
    boolean endsParagraph(String line);

    /** Whether a line, by its look, must continue the line before it (English: it starts in lower case). */
    default boolean continuesParagraph(SourceLine line) {
        return false;
    }

    /** Whether an indent at the start of a line may open a paragraph (Chinese PDF text marks paragraphs so). */
    default boolean indentStartsParagraph() {
        return false;
    }
}
