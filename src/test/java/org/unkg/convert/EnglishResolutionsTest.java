package org.unkg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unkg.structure.Block;
import org.unkg.structure.ParagraphKind;
import org.unkg.structure.RecognizedDocument;

/** One resolution of each layout the English corpus has, checked against the printed document. */
class EnglishResolutionsTest {

    private static RecognizedDocument read(String file) throws Exception {
        return Converters.convert(Converters.EN.resolve(file)).document();
    }

    /** Paragraphs of a kind, sub-paragraphs not counted. */
    private static long count(RecognizedDocument d, ParagraphKind kind) {
        return d.paragraphs().stream().filter(p -> p.kind() == kind && !p.subParagraph()).count();
    }

    private static void facts(RecognizedDocument d, String symbol, LocalDate date, Integer meeting) {
        assertEquals(symbol, d.symbol().orElseThrow().canonical());
        assertEquals(date, d.date().orElseThrow());
        if (meeting == null) {
            assertTrue(d.meeting().isEmpty());
        } else {
            assertEquals(meeting, d.meeting().getAsInt());
        }
    }

    @Test
    void unPdfLayoutWithPageBreakAndSubParagraphs() throws Exception {
        RecognizedDocument d = read("S-RES-1373(2001).txt");
        facts(d, "S/RES/1373 (2001)", LocalDate.of(2001, 9, 28), 4385);
        assertEquals(10, count(d, ParagraphKind.PREAMBULAR));
        assertEquals(9, count(d, ParagraphKind.OPERATIVE));
        Block first = d.paragraphs().get(10);
        assertEquals("1", first.numberInText().orElseThrow());
        assertEquals("1. Decides that all States shall:", first.text());
        Block a = d.paragraphs().get(11);
        assertTrue(a.subParagraph() && a.kind() == ParagraphKind.OPERATIVE, "sub-paragraphs are operative too");
        assertEquals("(a)", a.numberInText().orElseThrow());
        assertEquals("(a) Prevent and suppress the financing of terrorist acts;", a.text());
        assertEquals(18, d.paragraphs().stream().filter(Block::subParagraph).count());
        assertTrue(d.blocks().stream().noneMatch(b -> b.text().contains("01-55743") || b.text().contains("*0155743*")));
    }

    @Test
    void reissuedDocumentWithAsteriskAndFootnote() throws Exception {
        RecognizedDocument d = read("S-RES-2250(2015).txt");
        facts(d, "S/RES/2250 (2015)", LocalDate.of(2015, 12, 9), 7573);
        assertTrue(d.blocks().stream().noneMatch(b -> b.text().contains("Reissued for technical reasons")));
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().contains("communication te chnologies")
                || p.text().contains("communication technologies")));
    }

    @Test
    void nineteenNinetiesLayoutWithRunningHeader() throws Exception {
        RecognizedDocument d = read("S-RES-1000(1995).txt");
        facts(d, "S/RES/1000 (1995)", LocalDate.of(1995, 6, 23), 3547);
        assertEquals(7, count(d, ParagraphKind.PREAMBULAR));
        assertEquals(11, count(d, ParagraphKind.OPERATIVE));
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.text().contains("Page 2")));
    }

    @Test
    void aParagraphNumberAfterALineThatEndsInTheWordResolutions() throws Exception {
        // "… 426 (1978) and all other relevant resolutions" / "5.  Requests …": the number opens paragraph 5
        RecognizedDocument d = read("S-RES-561(1985).txt");
        assertEquals(5, count(d, ParagraphKind.OPERATIVE));
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().startsWith("5.") && p.text().contains("Requests")),
                d.paragraphs().toString());
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.text().endsWith("resolutions 5.")));
    }

    @Test
    void aListOfJudgesRunOntoOneLineIsOneItemPerJudge() throws Exception {
        // "- Koffi Kumelio A. Afande (Togo) - Carmel Agius (Malta) - …": seventeen judges, seventeen items
        RecognizedDocument d = read("S-RES-2130(2013).txt");
        List<Block> items = d.paragraphs().stream().filter(p -> p.text().startsWith("- ")).toList();
        assertEquals(17, items.size(), items.toString());
        assertEquals("- Koffi Kumelio A. Afande (Togo)", items.get(0).text().strip());
        assertTrue(items.get(16).text().contains("Antoine Kesia-Mbe Mindua"), items.get(16).text());
    }

    @Test
    void whatFollowsTheAdoptionLineIsNotesNotBody() throws Exception {
        ConvertedDocument c = Converters.convert(Converters.EN.resolve("S-RES-181(1963).txt"));
        RecognizedDocument d = c.document();
        assertEquals(12, d.paragraphs().size(), "8 preambular and 4 operative paragraphs: " + d.paragraphs());
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.text().startsWith("[1]") || p.text().startsWith("[2]")));
        // the notes still give the documents they cite
        Set<String> cited = c.citations().stream().flatMap(List::stream).map(x -> x.symbol().canonical())
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(cited.containsAll(Set.of("S/5348", "S/5310", "S/5353", "A/5497")), cited.toString());
    }

    @Test
    void theLetterOfTheFirstPartOverTheChapeauHeadsThatPart() throws Exception {
        RecognizedDocument d = read("S-RES-161(1961).txt");
        List<Block> headings = d.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.HEADING).toList();
        assertEquals(List.of("A", "B"), headings.stream().map(b -> b.text().strip()).toList());
        assertEquals(headings.get(0), d.paragraphs().get(0));
        assertEquals(19, d.paragraphs().size());
    }

    @Test
    void anOperativeVerbThatLostItsEndingStillOpensItsParagraph() throws Exception {
        // "…, Laos and Spain," / "Recommend: to the General Assembly …" (for "Recommends")
        RecognizedDocument d = read("S-RES-109(1955).txt");
        assertEquals(2, count(d, ParagraphKind.PREAMBULAR));
        assertEquals(1, count(d, ParagraphKind.OPERATIVE));
    }

    @Test
    void wholeResolutionOnOneLine() throws Exception {
        RecognizedDocument d = read("S-RES-1028(1995).txt");
        facts(d, "S/RES/1028 (1995)", LocalDate.of(1995, 12, 8), 3604);
        assertEquals(2, count(d, ParagraphKind.PREAMBULAR));
        assertEquals(2, count(d, ParagraphKind.OPERATIVE));
    }

    @Test
    void catalogueCopyWithMeetingInTitle() throws Exception {
        RecognizedDocument d = read("S-RES-348(1974).txt");
        facts(d, "S/RES/348 (1974)", LocalDate.of(1974, 5, 28), 1770);
        assertEquals(1, count(d, ParagraphKind.PREAMBULAR));
        assertEquals(4, count(d, ParagraphKind.OPERATIVE));
        // the catalogue's lines stay in the full text, as header lines, but no paragraph holds them
        assertTrue(d.paragraphs().stream().noneMatch(b -> b.text().contains("refworld") || b.text().equals("Publisher")));
        assertTrue(d.blocks().stream().anyMatch(b -> !b.isParagraph() && b.text().equals("Publisher")));
    }

    @Test
    void earlyResolutionsWithMeetingAtTheFootAndFootnotes() throws Exception {
        RecognizedDocument ten = read("S-RES-10(1946).txt");
        facts(ten, "S/RES/10 (1946)", LocalDate.of(1946, 11, 4), 79);
        assertEquals(2, ten.paragraphs().size());

        RecognizedDocument one = read("S-RES-1(1946).txt");
        facts(one, "S/RES/1 (1946)", LocalDate.of(1946, 1, 25), null);

        RecognizedDocument ivoryCoast = read("S-RES-150(1960).txt");
        facts(ivoryCoast, "S/RES/150 (1960)", LocalDate.of(1960, 8, 23), null);
        assertEquals(List.of(ParagraphKind.PREAMBULAR, ParagraphKind.OPERATIVE),
                ivoryCoast.paragraphs().stream().map(Block::kind).toList(), "a footnote mark hides no paragraph end");
    }

    @Test
    void scannedTextMisprints() throws Exception {
        // "7 August I958": the digit one scanned as a capital I
        facts(read("S-RES-129(1958).txt"), "S/RES/129 (1958)", LocalDate.of(1958, 8, 7), null);
        // "Resolution 171 (1961) of 9 April 1962": a resolution bears the year of its adoption
        assertEquals("S/RES/171 (1962)", read("S-RES-171(1962).txt").symbol().orElseThrow().canonical());
        // "Resolution of 23 April 1943" for 48 (1948), "held on 15 June 1872" for 510 (1982): the year is mended
        assertEquals(LocalDate.of(1948, 4, 23), read("S-RES-48(1948).txt").date().orElseThrow());
        assertEquals(LocalDate.of(1982, 6, 15), read("S-RES-510(1982).txt").date().orElseThrow());
        // "S/RES/80 (1050)": no such year; the file name tells
        assertEquals("S/RES/80 (1950)", Converters.convert(Converters.EN.resolve("S-RES-80(1950).txt"))
                .document().symbol().orElseThrow().canonical());
    }
}
