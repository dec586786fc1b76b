package org.unkg.text;

import java.util.function.IntPredicate;

/**
 * What a language's documents say about where their paragraphs start and end, for cutting a run of lines into
 * paragraphs by what the text says rather than where it was broken. Every method reads the run's text in ordinary
 * forms ({@link BodyStream#folded()}), the paragraph being read starting at {@code start}.
 */
public interface BreakRules {

    /** What a line break says besides the openers: a cut, none, or one that only the layout can tell. */
    enum LineBreak {
        /** The text before is complete on its own (a title, a signature line): a paragraph ends here. */
        BREAK,
        /** The next line goes on with the sentence (it starts in lower case, with a particle...): no paragraph ends. */
        JOIN,
        /** A sentence ends here and the next line starts a new one: a paragraph may end, if the layout says so. */
        WEAK,
        /** Nothing either way: the lines join. */
        NONE
    }

    /**
     * Whether a paragraph starts at {@code at} by the document's conventions: an opener (a number that carries the
     * numbering on, a sub-paragraph letter, a quotation mark, a preambular or operative word) where the text before
     * may end a paragraph. Asked at every line start and, where {@link #mayOpenWithinLine} allows, inside lines, so
     * that the answer does not depend on where lines were broken.
     *
     * @param lineStart whether {@code at} starts a line: a number that goes on with the numbering opens a paragraph at
     *     a line start even where the text before it does not end a sentence (a lost full stop)
     */
    boolean opensParagraph(String text, int start, int at, boolean lineStart, ParagraphSequence sequence);

    /** A quick test of whether a position inside a line is worth asking {@link #opensParagraph} about. */
    boolean mayOpenWithinLine(String text, int at);

    /** What the line break before {@code at} says, when no paragraph opens there. */
    LineBreak atLineBreak(String text, int start, int at, boolean firstParagraph, ParagraphSequence sequence);

    /** Whether a line's text ends a sentence: for the layout's evidence of one paragraph a line. */
    boolean endsSentence(String line);

    /**
     * Where a heading that ends the text from {@code start} to {@code end} starts, when an opener follows it: a short
     * line such as {@code Participation} that the layout did not set apart from the paragraph before, or a part's
     * letter ({@code B}). -1 for none.
     *
     * @param lineStart whether a position of the text starts a line: a heading is a line of its own
     */
    default int headingAtEnd(String text, int start, int end, IntPredicate lineStart) {
        return -1;
    }

    /** Takes note of the numbering a paragraph that starts at {@code at} carries: its number, letter or numeral. */
    void started(String text, int at, ParagraphSequence sequence);

    /** Takes note of what a finished paragraph (text from {@code start} to {@code end}) closes or opens. */
    void finished(String text, int start, int end, ParagraphSequence sequence);
}
