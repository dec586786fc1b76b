package org.unkg.serve.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unkg.common.Unkg;

/** Paragraphs of substance before headings and fragments; what the query names before passing words. */
class RankingTest {

    private static Ranking.Features paragraph(String kind, int length, String lang) {
        return new Ranking.Features(kind == null ? Set.of() : Set.of(Unkg.NS + kind), false, length, lang, false,
                false, false);
    }

    @Test
    void headingsAndListItemsRankBelowParagraphs() {
        double operative = Ranking.weight(paragraph(null, 300, "en"));
        double preambular = Ranking.weight(paragraph("PreambularParagraph", 300, "en"));
        double item = Ranking.weight(paragraph("ListItem", 300, "en"));
        double heading = Ranking.weight(paragraph("Heading", 300, "en"));
        assertEquals(1.0, operative);
        assertTrue(heading < item && item < preambular && preambular < operative);
    }

    @Test
    void aShortFragmentIsWeighedDownButASubParagraphIsNot() {
        assertEquals(1.0, Ranking.weight(paragraph(null, Ranking.SUBSTANCE_ZH, "zh")));
        double fragment = Ranking.weight(paragraph(null, 15, "zh"));
        assertEquals(Math.sqrt(0.5), fragment, 1e-9);
        Ranking.Features sub = new Ranking.Features(Set.of(), true, 15, "zh", false, false, false);
        assertEquals(1.0, Ranking.weight(sub));
    }

    @Test
    void aMentionOfTheNamedThingOutweighsAThemeOfTheDocument() {
        double mention = Ranking.weight(new Ranking.Features(Set.of(), false, 300, "en", true, false, false));
        double theme = Ranking.weight(new Ranking.Features(Set.of(), false, 300, "en", false, true, false));
        double documentTheme = Ranking.weight(new Ranking.Features(Set.of(), false, 300, "en", false, false, true));
        assertTrue(mention > theme && theme > documentTheme && documentTheme > 1.0);
    }
}
