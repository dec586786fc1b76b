package org.unkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into non-blank {@link SourceLine}s; form feeds become the pageStart mark of the next line.
 * A line is indented when it starts further right than the text's left margin, so that text padded to a margin, as
 * {@code pdftotext -layout} writes it, is read as text that is not. A line that ends in a soft hyphen or a zero-width
 * space, where a word was broken, is one with the next.
 */
public final class SourceLines {

    /** The share of the lines that must start at an indent for it to be the margin. */
    private static final double MARGIN_SHARE = 0.03;

    private SourceLines() {
    }

    public static List<SourceLine> of(String normalized) {
        String[] raw = normalized.split("\n", -1);
        int margin = usualMargin(raw);
        List<SourceLine> lines = new ArrayList<>();
        boolean pageStart = true;
        boolean blank = false;
        SourceLine broken = null;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.indexOf(TextNormalizer.PAGE_BREAK) >= 0) {
                pageStart = true;
                continue;
            }
            String text = line.strip();
            if (text.isEmpty()) {
                blank = !lines.isEmpty();
                continue;
            }
            SourceLine l = broken != null
                    ? new SourceLine(broken.number(), broken.text() + collapseSpaces(text), broken.pageStart(),
                            broken.indented(), broken.blankBefore())
                    : new SourceLine(i + 1, collapseSpaces(text), pageStart, indent(line) > margin, blank);
            broken = null;
            // A word broken at a soft hyphen goes on on the next line: the two are one.
            char last = l.text().charAt(l.text().length() - 1);
            if (TextNormalizer.WORD_BREAK_MARKS.indexOf(last) >= 0) {
                broken = new SourceLine(l.number(), l.text().substring(0, l.text().length() - 1), l.pageStart(),
                        l.indented(), l.blankBefore());
            } else {
                lines.add(l);
            }
            pageStart = false;
            blank = false;
        }
        if (broken != null && !broken.text().isEmpty()) {
            lines.add(broken);
        }
        return lines;
    }

    /**
     * The left margin: the least indent that a few of the lines share (zero for most texts, the page margin for text
     * laid out as on the page); a stray line further left does not move it.
     */
    private static int usualMargin(String[] raw) {
        int[] counts = new int[41];
        int lines = 0;
        for (String line : raw) {
            int indent = indent(line);
            if (indent < line.length()) {
                counts[Math.min(indent, 40)]++;
                lines++;
            }
        }
        int needed = Math.max(1, (int) Math.ceil(MARGIN_SHARE * lines));
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] >= needed) {
                return i;
            }
        }
        return 0;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String collapseSpaces(String s) {
        return s.indexOf("  ") < 0 ? s : s.replaceAll(" {2,}", " ");
    }
}
