package org.unkg.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.common.CharacterForms;
import org.unkg.common.Scripts;

/**
 * A run of lines joined into one text, as they would be joined were they all one paragraph: without a space between
 * Chinese characters, with one elsewhere, a word hyphenated at a line end mended ({@link LineEndHyphens}). The text is kept as written and in
 * ordinary forms ({@link CharacterForms}), one character for one, with where each line starts in it; a paragraph is
 * then a span of this text, wherever its lines were broken.
 */
public final class BodyStream {

    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)");

    private final String written;
    private final String folded;
    private final List<SourceLine> lines;
    /** Where each line starts and ends in the text. */
    private final int[] starts;
    private final int[] ends;

    private BodyStream(String written, List<SourceLine> lines, int[] starts, int[] ends) {
        this.written = written;
        this.folded = CharacterForms.fold(written);
        this.lines = lines;
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * @param wholeText the document's whole text, which tells whether a hyphen at a line end stays
     */
    public static BodyStream of(List<SourceLine> lines, String wholeText) {
        LineEndHyphens hyphens = new LineEndHyphens(wholeText);
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[lines.size()];
        int[] ends = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (i > 0) {
                appendBreak(sb, text, hyphens);
                ends[i - 1] = Math.min(ends[i - 1], sb.length());
            }
            starts[i] = sb.length();
            sb.append(text);
            ends[i] = sb.length();
        }
        return new BodyStream(sb.toString(), List.copyOf(lines), starts, ends);
    }

    /**
     * What stands between two joined lines: nothing between Chinese characters, nor after a hyphen inside a word or
     * symbol ({@code A/S-} / {@code 23/10}); else a space, or a mended hyphen.
     */
    private static void appendBreak(StringBuilder sb, String next, LineEndHyphens hyphens) {
        if (sb.length() == 0) {
            return;
        }
        char last = CharacterForms.fold(sb.charAt(sb.length() - 1));
        char first = CharacterForms.fold(next.charAt(0));
        if (Scripts.isCjk(last) || Scripts.isCjk(first)) {
            return;
        }
        if (last == '-' && sb.length() > 1 && (Character.isDigit(sb.charAt(sb.length() - 2))
                || Character.isLetter(sb.charAt(sb.length() - 2)) && !Character.isLetter(first))) {
            return;
        }
        if (last == '-') {
            Matcher hyphen = HYPHENATED.matcher(CharacterForms.fold(sb.substring(Math.max(0, sb.length() - 64))));
            Matcher lead = LEADING_WORD.matcher(CharacterForms.fold(next));
            if (hyphen.find() && lead.find()) {
                if (!hyphens.keeps(hyphen.group(1), lead.group(1))) {
                    sb.setLength(sb.length() - 1);
                }
                return;
            }
        }
        sb.append(' ');
    }

    public String written() {
        return written;
    }

    /** The text in ordinary forms, for matching: offsets are the same as in {@link #written()}. */
    public String folded() {
        return folded;
    }

    public int lineCount() {
        return starts.length;
    }

    public SourceLine line(int i) {
        return lines.get(i);
    }

    /** Where line {@code i} starts in the text. */
    public int lineStart(int i) {
        return starts[i];
    }

    /** Where line {@code i} ends in the text (before what joins it to the next). */
    public int lineEnd(int i) {
        return ends[i];
    }

    /** The line an offset of the text falls in. */
    public int lineAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
