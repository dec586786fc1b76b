package org.unkg.serve.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Highlighted text becomes pieces a template escapes, never markup; text left out shows as a gap. */
class PassageTest {

    private static final String S = String.valueOf(Passage.START);
    private static final String E = String.valueOf(Passage.END);
    private static final String G = String.valueOf(Passage.GAP);

    @Test
    void marksBecomeMatchPieces() {
        assertEquals(List.of(new Passage.Piece("the ", "text"), new Passage.Piece("<b>financing</b>", "match"),
                        new Passage.Piece(" of", "text"), new Passage.Piece("…", "gap"),
                        new Passage.Piece("acts", "match")),
                Passage.pieces("the " + S + "<b>financing</b>" + E + " of" + G + S + "acts" + E));
    }

    @Test
    void fragmentsInsideTheParagraphGetGapsAtTheirEnds() {
        String paragraph = "1. Decides that all States shall prevent the financing of terrorist acts; and more.";
        List<Passage.Piece> pieces = Passage.pieces("prevent the " + S + "financing" + E + " of terrorist", paragraph);
        assertEquals("gap", pieces.get(0).kind());
        assertEquals("gap", pieces.get(pieces.size() - 1).kind());
        List<Passage.Piece> whole = Passage.pieces(paragraph.replace("financing", S + "financing" + E), paragraph);
        assertEquals("text", whole.get(0).kind());
        assertEquals("text", whole.get(whole.size() - 1).kind());
    }

    @Test
    void theHighlighterIsAskedForTheseMarks() {
        assertEquals("highlight:s:" + S + " | e:" + E + " | f:" + G + " | z:220 | m:2",
                Passage.highlightOption(220, 2));
    }
}
