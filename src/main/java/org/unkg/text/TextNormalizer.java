package org.unkg.text;

/**
 * Brings decoded text to one form before anything reads it: LF line ends (from CRLF, CR, the CR CR LF of some PDF
 * extractors, NEL and the Unicode line and paragraph separators), plain spaces for the no-break and other Unicode
 * spaces, no byte-order mark, soft hyphens or zero-width characters (but a soft hyphen or zero-width space that ends
 * a line, which marks a word broken there), and each form feed (a page break) on a line of its own.
 *
 * <p>One pass over the characters: four regular-expression replacements over every document cost more than the
 * rest of reading it together.
 */
public final class TextNormalizer {

    /** The character that marks a page break on a line of its own after normalization. */
    public static final char PAGE_BREAK = '\f';
    /**
     * A soft hyphen that ends a line says the line break splits a word: it stays there, and the lines are one
     * ({@link SourceLines}); anywhere else it goes. A zero-width space goes everywhere: at a line end it stands beside
     * the line break, which still separates two words, as it does in a web page.
     */
    public static final String WORD_BREAK_MARKS = "\u00AD";

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && !changes(text.charAt(first))) {
            first++;
        }
        if (first == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(text, 0, first);
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                // CR CR LF, CR LF and CR alone are each one line end
                if (i + 2 < n && text.charAt(i + 1) == '\r' && text.charAt(i + 2) == '\n') {
                    i += 2;
                } else if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                sb.append('\n');
            } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                sb.append('\n');
            } else if (isInvisible(c)) {
                if (WORD_BREAK_MARKS.indexOf(c) >= 0 && endsLine(text, i + 1)) {
                    sb.append(c);
                }
                continue;
            } else if (isSpace(c)) {
                sb.append(' ');
            } else if (c == PAGE_BREAK) {
                sb.append('\n').append(PAGE_BREAK).append('\n');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean changes(char c) {
        return c < ' ' ? c == '\r' || c == '\t' || c == PAGE_BREAK
                : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029' || isInvisible(c) || isSpace(c));
    }

    /** Whether only spaces and invisible characters stand between {@code i} and a line end (or the text's end). */
    private static boolean endsLine(String text, int i) {
        int j = i;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || isInvisible(text.charAt(j)))) {
            j++;
        }
        return j == text.length() || text.charAt(j) == '\n' || text.charAt(j) == '\r' || text.charAt(j) == '\u0085'
                || text.charAt(j) == '\u2028' || text.charAt(j) == '\u2029';
    }

    private static boolean isInvisible(char c) {
        return c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD';
    }

    private static boolean isSpace(char c) {
        return c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F'
                || c == '\u3000' || c == '\t';
    }
}
