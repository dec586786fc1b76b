package org.unkg.metamorphic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.convert.DocumentConverter;
import org.unkg.metamorphic.Originals.Original;

/**
 * The Chinese documents and every twentieth English resolution (112, from 1946 to 2015) typeset as PDF (PDFBox,
 * embedded TrueType fonts, a CJK font for Chinese), written as Word files (POI) and as web pages, and each converted
 * back: it must read as the text it was made from (type, symbol, date, meeting, agenda item, paragraphs, citations,
 * names, themes). The agreement per format goes to {@code target/formats-report.txt}.
 */
class PublishedFormatsTest {

    private static final int EVERY = 20;

    @Test
    void everyFormatReadsAsItsText() throws Exception {
        DocumentConverter converter = Originals.converter();
        List<Original> originals = Originals.read(converter, EVERY);
        assertTrue(originals.stream().filter(o -> !o.logical().chinese()).count() >= 100, "the English sample");
        Agreement.Outcome outcome = Agreement.run(originals, PublishedFormats.all(new PdfLayout()), converter,
                Path.of("target/formats-report.txt"));
        assertEquals((originals.size()) * 3, outcome.total(), "every document in every format: " + outcome.report());
        assertEquals(outcome.total(), outcome.agreed(),
                "documents that read otherwise as PDF, Word or HTML: see target/formats-report.txt");
    }
}
