package org.unkg.text;

import java.util.regex.Pattern;

/**
 * Brings decoded text to one form before anything reads it: LF line ends (from CRLF, CR, the CR CR LF of some PDF
 * extractors, NEL and the Unicode line and paragraph separators), plain spaces for the no-break and other Unicode
 * spaces, no byte-order mark or zero-width characters, and each form feed (a page break) on a line of its own.
 */
public final class TextNormalizer {

    /** The character that marks a page break on a line of its own after normalization. */
    public static final char PAGE_BREAK = '\f';

    private static final Pattern LINE_BREAK = Pattern.compile("\r\r\n|\r\n|\r|\u0085|\u2028|\u2029");
    private static final Pattern SPACES = Pattern.compile("[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]");
    private static final Pattern INVISIBLE = Pattern.compile("[\uFEFF\u200B\u200C\u200D\u2060\u00AD]");
    private static final Pattern FORM_FEED = Pattern.compile("\f");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String s = LINE_BREAK.matcher(text).replaceAll("\n");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        return FORM_FEED.matcher(s).replaceAll("\n\f\n");
    }
}
