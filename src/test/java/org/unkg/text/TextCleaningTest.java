package org.unkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleaningTest {

    @Test
    void lineEndsOfEveryKindBecomeLf() {
        assertEquals("a\nb\nc\nd\ne", TextNormalizer.normalize("a\r\nb\rc\r\r\nd\u0085e"));
        assertEquals("a b", TextNormalizer.normalize("a\u00A0b"));
        assertEquals("a\n\f\nb", TextNormalizer.normalize("a\fb"));
    }

    @Test
    void pageFurnitureIsDropped() {
        PageNoiseFilter f = new PageNoiseFilter();
        for (String noise : List.of("01-55743 (E)", "*0155743*", "2/6 14-67661", "14-67661 2/6", "15-21698* (E)",
                "00-37227 (E) `````````", "2 07-28772", "07-28772 3", "12-31590 (C) 260412 260412", "Page 2", "- 3 -", "/...", "-----",
                "https://undocs.org/ch/S/RES/1373%20(2001)", "* Reissued for technical reasons on 5 January 2016.")) {
            assertTrue(f.isNoise(noise), noise);
        }
        for (String text : List.of("1. Decides that all States shall:", "The Security Council,",
                "安全理事会主席声明", "(a) Prevent and suppress the financing of terrorist acts;")) {
            assertFalse(f.isNoise(text), text);
        }
    }

    @Test
    void runningHeaderIsDroppedButTheFirstSymbolLineStays() {
        List<SourceLine> lines = SourceLines.of(TextNormalizer.normalize(
                "United Nations\nSecurity Council\nS/RES/1373 (2001)\nDistr.: General\nResolution 1373 (2001)\n"
                        + "Adopted\nThe Security Council,\nRecalling,\n1. Decides;\n\fS/RES/1373 (2001)\n2. Decides."));
        List<String> kept = new PageNoiseFilter().filter(lines).stream().map(SourceLine::text).toList();
        assertEquals(1, kept.stream().filter("S/RES/1373 (2001)"::equals).count());
        assertEquals("2. Decides.", kept.get(kept.size() - 1));
    }

    /** Numbered paragraphs after a full stop; a full stop at a line break leaves it to the layout. */
    private static final BreakRules SENTENCES = new BreakRules() {
        @Override
        public boolean opensParagraph(String text, int start, int at, boolean lineStart, ParagraphSequence sequence) {
            return text.substring(at).matches("(?s)\\d+\\. .*") && endsSentence(text.substring(start, at).strip());
        }

        @Override
        public boolean mayOpenWithinLine(String text, int at) {
            return false;
        }

        @Override
        public LineBreak atLineBreak(String text, int start, int at, boolean first, ParagraphSequence sequence) {
            return endsSentence(text.substring(start, at).strip()) ? LineBreak.WEAK : LineBreak.NONE;
        }

        @Override
        public boolean endsSentence(String line) {
            return line.endsWith(".") || line.endsWith("。");
        }

        @Override
        public void started(String text, int at, ParagraphSequence sequence) {
        }

        @Override
        public void finished(String text, int start, int end, ParagraphSequence sequence) {
        }
    };

    @Test
    void chineseLinesJoinWithoutSpaceEnglishWithOne() {
        String zh = "安全理事会重申，根据《联合国宪章》，它负有维护国际和平与安全\n\n的首要责任。\n";
        List<TextBlock> blocks = new LineJoiner().join(SourceLines.of(zh), SENTENCES, zh);
        assertEquals(List.of("安全理事会重申，根据《联合国宪章》，它负有维护国际和平与安全的首要责任。"),
                blocks.stream().map(TextBlock::text).toList());

        String en = "Reaffirming the need to combat by all means threats to international peace and\n"
                + "security caused by terrorist acts.\n";
        assertEquals("Reaffirming the need to combat by all means threats to international peace and security caused"
                + " by terrorist acts.", new LineJoiner().join(SourceLines.of(en), SENTENCES, en).get(0).text());
    }

    @Test
    void hyphenatedWordsAreMendedUnlessTheDocumentWritesThemWithAHyphen() {
        String en = "Calls upon all States to cooperate with the coun-\ntries concerned and with the Counter-\n"
                + "Terrorism Committee, and to promote peace-\nbuilding; peace-building matters to all countries.\n";
        String joined = new LineJoiner().join(SourceLines.of(en), SENTENCES, en).get(0).text();
        assertTrue(joined.contains("the countries concerned"), joined);
        assertTrue(joined.contains("Counter-Terrorism Committee"), joined);
        assertTrue(joined.contains("promote peace-building;"), joined);
    }
}
