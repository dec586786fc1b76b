package org.unkg.metamorphic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets a document as the UN prints it to PDF, with PDFBox and embedded TrueType fonts: A4 pages, paragraphs
 * wrapped to the text width by the glyphs' widths at the break opportunities of Unicode's line-breaking rules, each
 * paragraph's first line indented; on every page the job number and the page number at the foot, and from the
 * second page on the symbol as a running header. A character the main font lacks is drawn in the other font, as a
 * typesetting system falls back; one neither font has fails the layout, naming it.
 *
 * <p>The fonts are parsed once and shared, and PDFBox's subsetting reads them, so one layout runs at a time.
 */
final class PdfLayout {

    private static final float SIZE = 11;
    private static final float LEADING = 15;
    private static final float MARGIN = 72;
    private static final float INDENT = 36;

    private final TrueTypeFont latin;
    private final TrueTypeFont cjk;

    PdfLayout() throws IOException {
        this.latin = TestFonts.latin();
        this.cjk = TestFonts.cjk();
    }

    /** A drawn line: runs of text, each in one font. */
    private record Run(String text, boolean inCjk) {
    }

    private record Line(float x, List<Run> runs) {
    }

    synchronized byte[] typeset(LogicalDocument doc) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font latinFont = PDType0Font.load(pdf, latin, true);
            PDType0Font cjkFont = PDType0Font.load(pdf, cjk, true);
            boolean chinese = doc.chinese();
            PDRectangle a4 = PDRectangle.A4;
            float width = a4.getWidth() - 2 * MARGIN;
            int perPage = (int) ((a4.getHeight() - 2 * MARGIN) / LEADING);

            List<Line> lines = new ArrayList<>();
            for (String logical : doc.lines()) {
                List<String> wrapped = wrap(logical, width - INDENT, width, chinese);
                for (int i = 0; i < wrapped.size(); i++) {
                    lines.add(new Line(MARGIN + (i == 0 ? INDENT : 0), runs(wrapped.get(i), chinese)));
                }
            }
            int pages = Math.max(1, (lines.size() + perPage - 1) / perPage);
            String job = chinese ? "12-31853 (C)" : "12-31853 (E)";
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(a4);
                pdf.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    float y = a4.getHeight() - MARGIN;
                    if (p > 0 && doc.symbol().isPresent()) {
                        draw(cs, latinFont, cjkFont, a4.getWidth() - MARGIN - width(doc.symbol().get(), false),
                                a4.getHeight() - MARGIN / 2, runs(doc.symbol().get(), false));
                    }
                    for (Line line : lines.subList(p * perPage, Math.min(lines.size(), (p + 1) * perPage))) {
                        draw(cs, latinFont, cjkFont, line.x(), y, line.runs());
                        y -= LEADING;
                    }
                    String number = (p + 1) + "/" + pages;
                    draw(cs, latinFont, cjkFont, MARGIN, MARGIN / 2, runs(p % 2 == 0 ? job : number, false));
                    String right = p % 2 == 0 ? number : job;
                    draw(cs, latinFont, cjkFont, a4.getWidth() - MARGIN - width(right, false), MARGIN / 2,
                            runs(right, false));
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static void draw(PDPageContentStream cs, PDType0Font latinFont, PDType0Font cjkFont, float x, float y,
            List<Run> runs) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        for (Run r : runs) {
            cs.setFont(r.inCjk() ? cjkFont : latinFont, SIZE);
            cs.showText(r.text());
        }
        cs.endText();
    }

    /** The text cut into runs by the font that draws each character; invisible format characters are not drawn. */
    private List<Run> runs(String text, boolean chinese) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Boolean current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT || cp == '\t') {
                continue;
            }
            boolean inCjk = useCjk(cp, chinese);
            if (current != null && current != inCjk) {
                runs.add(new Run(run.toString(), current));
                run.setLength(0);
            }
            current = inCjk;
            run.appendCodePoint(cp);
        }
        if (current != null) {
            runs.add(new Run(run.toString(), current));
        }
        return runs;
    }

    private boolean useCjk(int cp, boolean chinese) {
        TrueTypeFont first = chinese ? cjk : latin;
        TrueTypeFont second = chinese ? latin : cjk;
        if (has(first, cp)) {
            return chinese;
        }
        if (has(second, cp)) {
            return !chinese;
        }
        throw new IllegalArgumentException(String.format("no font draws U+%04X '%s'", cp, Character.toString(cp)));
    }

    private static boolean has(TrueTypeFont font, int cp) {
        try {
            return cp == ' ' || font.getUnicodeCmapLookup().getGlyphId(cp) > 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private float width(String text, boolean chinese) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT || cp == '\t') {
                continue;
            }
            TrueTypeFont font = useCjk(cp, chinese) ? cjk : latin;
            try {
                w += font.getAdvanceWidth(font.getUnicodeCmapLookup().getGlyphId(cp)) * SIZE
                        / font.getUnitsPerEm();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return w;
    }

    /** A paragraph broken greedily into lines no wider than the text width (the first less its indent). */
    private List<String> wrap(String text, float firstWidth, float width, boolean chinese) {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        breaks.setText(text);
        StringBuilder line = new StringBuilder();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String segment = text.substring(start, end);
            float limit = lines.isEmpty() ? firstWidth : width;
            if (line.length() > 0 && width((line + segment).stripTrailing(), chinese) > limit) {
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
}
