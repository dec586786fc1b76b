package org.unkg.source;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF, with Apache PDFBox: its lines in reading order, sorted by position so that the two columns of
 * the UN's first-page header read line by line, each indented as far as it stands right of the page's left edge
 * ({@link IndentKeepingStripper}), and a form feed at the end of each page, where the page furniture
 * (running header, page number, job number) stands for the structure stage to recognize.
 */
public final class PdfTextExtractor {

    public SourceText read(byte[] bytes) throws UnreadableSourceException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new IndentKeepingStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n\f\n");
            String text = stripper.getText(pdf);
            if (text.isBlank()) {
                throw new UnreadableSourceException("the PDF holds no text (" + pdf.getNumberOfPages()
                        + " pages; scanned images without a text layer?)");
            }
            return new SourceText(text, Optional.empty(), SourceFormat.PDF);
        } catch (InvalidPasswordException e) {
            throw new UnreadableSourceException("the PDF is protected by a password", e);
        } catch (IOException e) {
            throw new UnreadableSourceException("not a readable PDF: " + e.getMessage(), e);
        }
    }
}
