package org.unkg.text;

import java.util.ArrayList;
import java.util.List;

/** Splits normalized text into non-blank {@link SourceLine}s; form feeds become the pageStart mark of the next line. */
public final class SourceLines {

    private SourceLines() {
    }

    public static List<SourceLine> of(String normalized) {
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = normalized.split("\n", -1);
        boolean pageStart = true;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.indexOf(TextNormalizer.PAGE_BREAK) >= 0) {
                pageStart = true;
                continue;
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            lines.add(new SourceLine(i + 1, collapseSpaces(text), pageStart, Character.isWhitespace(line.charAt(0))));
            pageStart = false;
        }
        return lines;
    }

    private static String collapseSpaces(String s) {
        return s.indexOf("  ") < 0 ? s : s.replaceAll(" {2,}", " ");
    }
}
