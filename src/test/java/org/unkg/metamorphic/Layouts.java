package org.unkg.metamorphic;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays a document's logical lines out as text files are laid out: wrapped at a width (breaking where Unicode's
 * line-breaking rules allow, as typesetting does), with paragraphs marked by an indent, a blank line or nothing;
 * unbroken, one paragraph a line, as text copied from a web page; and as {@code pdftotext -layout} writes a PDF:
 * padded to a left margin, justified, with page breaks, running headers and footers, page numbers and job numbers in
 * the flow.
 */
final class Layouts {

    enum Marking { INDENT, BLANK_LINE, FLUSH, BLANK_AFTER_EVERY_LINE }

    private Layouts() {
    }

    static String wrapped(LogicalDocument doc, int width, Marking marking) {
        String indent = doc.chinese() ? "\u3000\u3000" : "    ";
        StringBuilder out = new StringBuilder();
        for (String logical : doc.lines()) {
            List<String> lines = wrap(logical, width, locale(doc));
            for (int i = 0; i < lines.size(); i++) {
                boolean first = i == 0;
                if (first && marking == Marking.BLANK_LINE && out.length() > 0) {
                    out.append('\n');
                }
                if (first && (marking == Marking.INDENT || marking == Marking.BLANK_AFTER_EVERY_LINE)) {
                    out.append(indent);
                }
                out.append(lines.get(i)).append('\n');
                if (marking == Marking.BLANK_AFTER_EVERY_LINE) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    static String unbroken(LogicalDocument doc, boolean blankBetween) {
        return String.join(blankBetween ? "\n\n" : "\n", doc.lines()) + "\n";
    }

    /**
     * {@code pdftotext -layout} of the UN's PDF: a left margin, paragraphs' first lines indented further, English lines
     * justified with added spaces, and every {@code pageLines} lines the foot of a page (job number, page number out of
     * the total), a form feed, and the next page's running header (the symbol).
     */
    static String pdftotextLayout(LogicalDocument doc, int width, int pageLines) {
        String margin = " ".repeat(8);
        List<String> body = new ArrayList<>();
        for (String logical : doc.lines()) {
            List<String> lines = wrap(logical, width, locale(doc));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean last = i == lines.size() - 1;
                if (!doc.chinese() && !last) {
                    line = justify(line, width);
                }
                body.add(margin + (i == 0 ? "    " : "") + line);
            }
        }
        int pages = (body.size() + pageLines - 1) / pageLines;
        String job = doc.chinese() ? "12-31853 (C)" : "12-31853 (E)";
        StringBuilder out = new StringBuilder();
        for (int page = 0; page < pages; page++) {
            if (page > 0) {
                out.append('\f');
                doc.symbol().ifPresent(s -> out.append(" ".repeat(Math.max(0, width + 4 - s.length()))).append(s).append("\n\n"));
            }
            for (String line : body.subList(page * pageLines, Math.min(body.size(), (page + 1) * pageLines))) {
                out.append(line).append('\n');
            }
            String number = (page + 1) + "/" + pages;
            out.append('\n').append(margin).append(page % 2 == 0 ? job : number)
                    .append(" ".repeat(Math.max(2, width - job.length() - number.length())))
                    .append(page % 2 == 0 ? number : job).append('\n');
            if (page == 0) {
                out.append(margin).append('*').append(job.replaceAll("\\D", "")).append("*\n");
            }
        }
        return out.toString();
    }

    /** Spreads the spaces of a line until it fills the width, as justified text does. */
    private static String justify(String line, int width) {
        String[] words = line.split(" ");
        if (words.length < 2) {
            return line;
        }
        int missing = width - line.length();
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            int extra = missing > 0 ? (missing + words.length - 1 - i) / (words.length - i) : 0;
            missing -= extra;
            sb.append(" ".repeat(1 + extra)).append(words[i]);
        }
        return sb.toString();
    }

    /**
     * A logical line broken into lines of at most {@code width} characters (code points), greedily, at the break
     * opportunities of Unicode's line-breaking rules; a word longer than the width stands on a line alone.
     */
    static List<String> wrap(String text, int width, Locale locale) {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        StringBuilder line = new StringBuilder();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String segment = text.substring(start, end);
            String candidate = line + segment;
            if (line.length() > 0 && codePoints(candidate.stripTrailing()) > width) {
                lines.add(line.toString().strip());
                line.setLength(0);
                line.append(segment.stripLeading());
            } else {
                line.append(segment);
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    private static Locale locale(LogicalDocument doc) {
        return doc.chinese() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
