package org.unkg.text;

import java.util.Arrays;
import org.unkg.common.Scripts;

/**
 * What a text's layout says about its line breaks, as weak evidence for where a paragraph ends when the words do not
 * say it. A break is hard (a paragraph may end there) when a blank line stands in it (in a text that does not put one
 * after every line) or the next line is indented (in a text with lines indented and lines not); when the text has one
 * paragraph a line (the lines that do not end a sentence, titles, headings and signatures, are much shorter than those
 * that do); or, in a text that marks no paragraphs so, when the next line's first word would have fitted on the line
 * before, which a wrapped line's would not have. The width lines were wrapped at is read off the text: the width of its longest lines
 * that end mid-sentence (in wrapped text, the full ones), counted both in characters and in columns (a Chinese
 * character takes two), since a PDF's lines are wrapped by what they look like.
 */
public final class LayoutEvidence {

    /**
     * Blank lines before more than this share of the line breaks mark nothing in particular (a blank line after every
     * line); indents mark something as long as some lines have them and some do not.
     */
    private static final double BLANKS_EVERYWHERE = 0.9;
    private static final double INDENTS_NOWHERE = 0.02;
    /**
     * In wrapped text the lines that end mid-sentence are the full ones, as long as the longest; in text with a
     * paragraph a line they are titles and headings, much shorter than the lines that end a sentence.
     */
    private static final double MUCH_SHORTER = 0.8;
    /** The wrap width is that of the line at this rank: the longest but a few, which may stick out. */
    private static final double WIDE = 0.9;
    private static final double MEDIAN = 0.5;

    private final boolean[] hard;

    private LayoutEvidence(boolean[] hard) {
        this.hard = hard;
    }

    /**
     * @param endsSentence whether a line's text (in ordinary forms) ends a sentence, in the text's language
     */
    public static LayoutEvidence of(BodyStream s, java.util.function.Predicate<String> endsSentence) {
        int n = s.lineCount();
        boolean[] hard = new boolean[n];
        if (n < 2) {
            return new LayoutEvidence(hard);
        }
        int blanks = 0;
        int indents = 0;
        int sentenceEnds = 0;
        int[] chars = new int[n];
        int[] columns = new int[n];
        String[] folded = new String[n];
        for (int i = 0; i < n; i++) {
            SourceLine line = s.line(i);
            folded[i] = line.folded();
            blanks += i > 0 && line.blankBefore() ? 1 : 0;
            indents += line.indented() ? 1 : 0;
            sentenceEnds += i < n - 1 && endsSentence.test(folded[i]) ? 1 : 0;
            chars[i] = folded[i].codePointCount(0, folded[i].length());
            columns[i] = columns(folded[i]);
        }
        boolean blanksMark = blanks > 0 && blanks <= BLANKS_EVERYWHERE * (n - 1);
        boolean indentsMark = indents > INDENTS_NOWHERE * n && indents < (1 - INDENTS_NOWHERE) * n;
        // Lines that end mid-sentence are, in wrapped text, the full ones: their widths tell the wrap width.
        int charWidth = rank(chars, folded, endsSentence, false, WIDE);
        int columnWidth = rank(columns, folded, endsSentence, false, WIDE);
        // Lines that end mid-sentence much shorter than those that end one are no wrapped lines but titles, headings
        // and a signature's: the text is not wrapped, and each of its lines that ends a sentence ends a paragraph.
        // In wrapped text the lines that end a sentence are no longer than the full ones, in most of them not.
        boolean lineIsParagraph = sentenceEnds == n - 1 || sentenceEnds > 0
                && charWidth < MUCH_SHORTER * rank(chars, folded, endsSentence, true, MEDIAN);
        for (int i = 1; i < n; i++) {
            SourceLine line = s.line(i);
            boolean marked = blanksMark && line.blankBefore() || indentsMark && line.indented();
            // Where the text marks its paragraphs, the marks say it; line widths say it only where nothing marks them.
            hard[i] = marked || lineIsParagraph || !blanksMark && !indentsMark
                    && fits(folded[i - 1], folded[i], chars[i - 1], columns[i - 1], charWidth, columnWidth);
        }
        return new LayoutEvidence(hard);
    }

    /** Whether the break before line {@code i} is one a paragraph may end at. */
    public boolean hardBreakBefore(int i) {
        return hard[i];
    }

    /** Whether the next line's first word would have fitted on the line before, in characters and in columns. */
    private static boolean fits(String previous, String next, int previousChars, int previousColumns, int charWidth,
            int columnWidth) {
        String word = firstWord(next);
        boolean cjk = Scripts.isCjk(previous.charAt(previous.length() - 1)) || Scripts.isCjk(next.charAt(0));
        int gap = cjk ? 0 : 1;
        return previousChars + gap + word.codePointCount(0, word.length()) <= charWidth
                && previousColumns + gap + columns(word) <= columnWidth;
    }

    /**
     * What a wrap could not have put apart at the start of a line: a Latin word or number with what sticks to it, or
     * a Chinese character with the opening punctuation before it.
     */
    private static String firstWord(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && "“‘(《\"'[".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        if (i < n && Scripts.isCjk(line.charAt(i))) {
            int end = i + 1;
            while (end < n && "，。、；：？！）」”》,.;:?!)".indexOf(line.charAt(end)) >= 0) {
                end++;
            }
            return line.substring(0, end);
        }
        while (i < n && !Character.isWhitespace(line.charAt(i)) && !Scripts.isCjk(line.charAt(i))) {
            i++;
        }
        return line.substring(0, Math.max(1, i));
    }

    private static int columns(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Scripts.isCjk(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The width of the lines at a rank ({@code at}, 0 to 1), among those that end a sentence or those that do not. */
    private static int rank(int[] widths, String[] lines, java.util.function.Predicate<String> endsSentence,
            boolean ending, double at) {
        int[] full = new int[widths.length];
        int k = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            if (endsSentence.test(lines[i]) == ending) {
                full[k++] = widths[i];
            }
        }
        int[] sorted = k > 0 ? Arrays.copyOf(full, k) : widths.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(at * (sorted.length - 1))];
    }
}
