package org.unkg.text;

import java.util.Arrays;

/**
 * What a text's layout says about its line breaks, as weak evidence for where a paragraph ends when the words do not
 * say it. A break is hard (a paragraph may end there) when a blank line stands in it (in a text that does not put one
 * after every line) or the next line is indented (in a text with lines indented and lines not); when the text has one paragraph a line
 * (most lines end a sentence); or, in a text that marks no paragraphs so, when the next line's first word would have
 * fitted on the line before, which a wrapped line's would not have. The width lines were wrapped at is read off the text: the width of its longest
 * lines, counted both in characters and in columns (a Chinese character takes two), since a PDF's lines are wrapped
 * by what they look like.
 */
public final class LayoutEvidence {

    /**
     * Blank lines before more than this share of the line breaks mark nothing in particular (a blank line after every
     * line); indents mark something as long as some lines have them and some do not.
     */
    private static final double BLANKS_EVERYWHERE = 0.9;
    private static final double INDENTS_NOWHERE = 0.02;
    /** When more than this share of the lines end a sentence, each line is a paragraph. */
    private static final double ONE_PARAGRAPH_A_LINE = 0.5;
    /** The wrap width is that of the line at this rank: the longest but a few, which may stick out. */
    private static final double WIDE = 0.9;

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
        boolean lineIsParagraph = sentenceEnds > ONE_PARAGRAPH_A_LINE * (n - 1);
        int charWidth = rank(chars);
        int columnWidth = rank(columns);
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
            return line.substring(0, Math.min(n, i + 1));
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

    private static int rank(int[] widths) {
        int[] sorted = widths.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(WIDE * (sorted.length - 1))];
    }
}
