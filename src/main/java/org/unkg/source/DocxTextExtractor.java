package org.unkg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word file ({@code .docx}), with Apache POI: each paragraph of the body on a line of its own, in the
 * order of the body, the cells of a table one after the other, the number or bullet Word draws before a list item
 * written out ({@link ListLabels}), and the footnotes at the end. Page headers and footers repeat on every page and
 * are left out, as page furniture is.
 */
public final class DocxTextExtractor {

    public SourceText read(byte[] bytes) throws UnreadableSourceException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            ListLabels labels = new ListLabels(doc.getNumbering());
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p, labels, text);
                } else if (element instanceof XWPFTable t) {
                    table(t, labels, text);
                }
            }
            for (XWPFFootnote note : doc.getFootnotes()) {
                for (XWPFParagraph p : note.getParagraphs()) {
                    paragraph(p, labels, text);
                }
            }
            if (text.toString().isBlank()) {
                throw new UnreadableSourceException("the Word file holds no text");
            }
            return new SourceText(text.toString(), Optional.empty(), SourceFormat.DOCX);
        } catch (IOException | POIXMLException | NotOfficeXmlFileException e) {
            throw new UnreadableSourceException("not a readable Word (.docx) file: " + e.getMessage(), e);
        }
    }

    private static void paragraph(XWPFParagraph p, ListLabels labels, StringBuilder text) {
        String label = labels.next(p);
        String body = p.getText();
        if (label.isEmpty() && body.isBlank()) {
            text.append('\n');
            return;
        }
        text.append(label).append(body).append('\n');
    }

    private static void table(XWPFTable table, ListLabels labels, StringBuilder text) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    paragraph(p, labels, text);
                }
            }
        }
    }
}
