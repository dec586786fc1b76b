package org.unkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into non-blank {@link SourceLine}s; form feeds become the pageStart mark of the next line.
 * A line is indented when it starts further right than the text's usual left margin (the most common indent), so
 * that text padded to a margin, as {@code pdftotext -layout} writes it, is read as text that is not.
 */
public final class SourceLines {

    private SourceLines() {
    }

    public static List<SourceLine> of(String normalized) {
        String[] raw = normalized.split("\n", -1);
        int margin = usualMargin(raw);
        List<SourceLine> lines = new ArrayList<>();
        boolean pageStart = true;
        boolean blank = false;
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
            lines.add(new SourceLine(i + 1, collapseSpaces(text), pageStart, indent(line) > margin, blank));
            pageStart = false;
            blank = false;
        }
        return lines;
    }

    /** The indent most lines have: zero for most texts, the page margin for text laid out as on the page. */
    private static int usualMargin(String[] raw) {
        int[] counts = new int[41];
        for (String line : raw) {
            int indent = indent(line);
            if (indent < line.length() && indent <= 40) {
                counts[indent]++;
            }
        }
        int margin = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[margin]) {
                margin = i;
            }
        }
        return margin;
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
