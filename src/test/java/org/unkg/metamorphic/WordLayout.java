package org.unkg.metamorphic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes a document as a Word file ({@code .docx}) with Apache POI, as the UN's Word versions are: one Word paragraph
 * per paragraph, indented on its first line, in the fonts the language takes, and the symbol and the job number in the
 * page header and footer, which repeat on every page and are not the document's text.
 */
final class WordLayout {

    private WordLayout() {
    }

    static byte[] write(LogicalDocument doc) throws IOException {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String font = doc.chinese() ? "SimSun" : "Times New Roman";
            doc.symbol().ifPresent(s -> word.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText(s));
            word.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText(doc.chinese() ? "12-31853 (C)" : "12-31853 (E)");
            for (int i = 0; i < doc.lines().size(); i++) {
                XWPFParagraph p = word.createParagraph();
                if (i >= doc.headerLines()) {
                    p.setIndentationFirstLine(567);
                }
                var run = p.createRun();
                run.setFontFamily(font);
                run.setText(doc.lines().get(i));
            }
            word.write(out);
            return out.toByteArray();
        }
    }
}
