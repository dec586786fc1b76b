package org.unkg.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper that keeps what a PDF says by position alone: how far a line starts right of the page's left
 * edge, written as leading spaces (one per half of the font size, an en), as {@code pdftotext -layout} keeps it. A
 * paragraph's indented first line is the layout's evidence of where a paragraph begins, and a line continued on the
 * next page is not indented.
 */
final class IndentKeepingStripper extends PDFTextStripper {

    /** A line of a page: where its first glyph stands, an en at its size, and its text. */
    private record Line(float x, float en, String text) {
    }

    private final List<Line> page = new ArrayList<>();
    private StringBuilder line;
    private float lineX;
    private float lineEn;

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (line == null) {
            line = new StringBuilder();
            lineX = positions.isEmpty() ? Float.NaN : positions.get(0).getXDirAdj();
            lineEn = positions.isEmpty() ? 0 : positions.get(0).getFontSizeInPt() / 2;
        }
        line.append(text);
    }

    @Override
    protected void writeWordSeparator() throws IOException {
        if (line == null) {
            writeString("", List.of());
        }
        line.append(getWordSeparator());
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        endLine();
    }

    @Override
    protected void writePageEnd() throws IOException {
        endLine();
        float left = Float.MAX_VALUE;
        for (Line l : page) {
            if (!Float.isNaN(l.x()) && !l.text().isBlank()) {
                left = Math.min(left, l.x());
            }
        }
        for (Line l : page) {
            int spaces = Float.isNaN(l.x()) || l.en() <= 0 ? 0 : Math.round((l.x() - left) / l.en());
            output.write(" ".repeat(Math.max(0, spaces)));
            output.write(l.text());
            output.write(getLineSeparator());
        }
        page.clear();
        super.writePageEnd();
    }

    private void endLine() {
        if (line != null) {
            page.add(new Line(lineX, lineEn, line.toString()));
            line = null;
        }
    }
}
