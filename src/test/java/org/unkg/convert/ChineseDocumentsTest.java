package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unkg.structure.Block;
import org.unkg.structure.DocumentType;
import org.unkg.structure.ParagraphKind;
import org.unkg.structure.RecognizedDocument;

/** The structure of the five Chinese documents, checked against what a reader of them sees. */
class ChineseDocumentsTest {

    private static RecognizedDocument read(String file) throws Exception {
        return Converters.convert(Converters.ZH.resolve(file)).document();
    }

    @Test
    void presidentialStatement() throws Exception {
        RecognizedDocument d = read("000_701e93fbc13afe04.txt");
        assertEquals(DocumentType.PRESIDENTIAL_STATEMENT, d.type());
        assertEquals("S/PRST/2012/16", d.symbol().orElseThrow().canonical());
        assertEquals(LocalDate.of(2012, 4, 25), d.date().orElseThrow());
        assertEquals(6760, d.meeting().getAsInt());
        assertEquals("国际和平与安全受到的威胁", d.agendaTitle().orElseThrow());
        // the chapeau and the eleven quoted paragraphs
        assertEquals(12, d.paragraphs().size());
        assertTrue(d.paragraphs().get(0).text().startsWith("安全理事会主席在 2012 年 4 月 25 日"));
        assertTrue(d.paragraphs().get(1).text().startsWith("“安全理事会重申，根据《联合国宪章》，它负有维护国际和平与安全的首要责任。"),
                "a line broken mid-sentence is joined without a space");
        assertTrue(d.paragraphs().stream().skip(1).allMatch(p -> p.text().startsWith("“")));
    }

    @Test
    void theStatementsParagraphCountsMatchTheirQuotedParagraphs() throws Exception {
        assertEquals(18, read("001_bcdcafcd299c5671.txt").paragraphs().size());
        assertEquals(29, read("002_01ccb3756e9797f9.txt").paragraphs().size());
        assertEquals(36, read("003_9dc1d1cf73785c67.txt").paragraphs().size());
    }

    @Test
    void theSameAgendaItemWrittenTwoWays() throws Exception {
        String a = Converters.convert(Converters.ZH.resolve("000_701e93fbc13afe04.txt")).statements().stream()
                .filter(s -> s.getPredicate().getLocalName().equals("agendaItem")).findFirst().orElseThrow()
                .getObject().stringValue();
        String b = Converters.convert(Converters.ZH.resolve("001_bcdcafcd299c5671.txt")).statements().stream()
                .filter(s -> s.getPredicate().getLocalName().equals("agendaItem")).findFirst().orElseThrow()
                .getObject().stringValue();
        assertEquals("https://w3id.org/unkg/id/agenda-item/threats-to-international-peace-and-security", a);
        assertEquals(a, b);
    }

    @Test
    void letterWithAnnexAndConceptNote() throws Exception {
        ConvertedDocument c = Converters.convert(Converters.ZH.resolve("004_28ce73091c5438d5.txt"));
        RecognizedDocument d = c.document();
        assertEquals(DocumentType.LETTER, d.type());
        assertTrue(d.symbol().isEmpty());
        assertTrue(c.documentKey().matches("nosymbol/[0-9a-f]{16}"), c.documentKey());
        assertEquals(LocalDate.of(2019, 6, 27), d.date().orElseThrow());
        assertEquals("对国际和平与安全的威胁", d.agendaTitle().orElseThrow());
        Set<String> headings = d.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.HEADING)
                .map(Block::text).collect(Collectors.toSet());
        assertTrue(headings.contains("一. 背景") && headings.contains("二. 目标") && headings.contains("四. 通报人"),
                headings.toString());
        assertTrue(headings.stream().anyMatch(h -> h.endsWith("的信的附件")), headings.toString());
        assertTrue(headings.stream().anyMatch(h -> h.endsWith("公开辩论概念说明")), headings.toString());
        assertEquals(8, d.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.LIST_ITEM).count());
        assertEquals(10, d.paragraphs().stream().filter(p -> p.numberInText().filter(n -> n.matches("\\d+")).isPresent())
                .count(), "numbered paragraphs 1 to 10");
        assertTrue(d.blocks().stream().noneMatch(b -> b.text().contains("undocs.org")), "link lines are noise");
    }
}
