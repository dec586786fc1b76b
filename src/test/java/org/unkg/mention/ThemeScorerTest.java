package org.unkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unkg.structure.ParagraphKind;

/** Which of a document's themes are its themes and which its main ones, from the weight of their uses by paragraph. */
class ThemeScorerTest {

    private static ThemeScorer scorer() {
        return new ThemeScorer(t -> t.startsWith("situation"), place -> List.of(), theme -> List.of());
    }

    @Test
    void aBareWordWhereTheCouncilDecidesIsAMainThemeOfAShortDocument() {
        ThemeScorer s = scorer();
        s.paragraph(ParagraphKind.PREAMBULAR, Map.of("ceasefire", 1.0), Set.of());
        s.paragraph(ParagraphKind.OPERATIVE, Map.of("ceasefire", 1.0), Set.of());
        s.paragraph(ParagraphKind.OPERATIVE, Map.of("mediation", ThemeScorer.weight("negotiations")), Set.of());

        List<DocumentTheme> themes = s.themes();
        assertEquals(List.of("ceasefire", "mediation"), themes.stream().map(DocumentTheme::iri).toList());
        assertTrue(themes.stream().allMatch(DocumentTheme::main), themes.toString());
    }

    @Test
    void aMainSituationBringsTheRegionItBelongsTo() {
        ThemeScorer s = new ThemeScorer(t -> t.startsWith("situation"), place -> List.of(),
                theme -> theme.equals("situation-lebanon") ? List.of("situation-middle-east", "peacekeeping")
                        : List.of());
        s.paragraph(ParagraphKind.OPERATIVE, Map.of("situation-lebanon", 1.0, "peacekeeping", 1.0), Set.of());
        s.paragraph(ParagraphKind.OPERATIVE, Map.of("situation-lebanon", 1.0), Set.of());

        List<DocumentTheme> themes = s.themes();
        assertEquals(List.of("situation-lebanon", "situation-middle-east", "peacekeeping"),
                themes.stream().map(DocumentTheme::iri).toList(), "a broader theme that is no situation is not added");
        assertTrue(themes.stream().allMatch(DocumentTheme::main), themes.toString());
        assertEquals(themes.get(0).weight(), themes.get(1).weight(), 1e-9);
    }

    @Test
    void aBareWordInARecitalIsNoTheme() {
        ThemeScorer s = scorer();
        s.paragraph(ParagraphKind.OPERATIVE, Map.of("ceasefire", 1.0), Set.of());
        s.paragraph(ParagraphKind.PREAMBULAR, Map.of("mediation", ThemeScorer.weight("negotiations")), Set.of());

        assertEquals(List.of("ceasefire"), s.themes().stream().map(DocumentTheme::iri).toList());
    }

    @Test
    void aBareWordWhereTheCouncilDecidesIsNoThemeOfALongDocumentThatTreatsOthersAtLength() {
        ThemeScorer s = scorer();
        for (int i = 0; i < 40; i++) {
            s.paragraph(ParagraphKind.OPERATIVE, Map.of("sanctions", 1.0), Set.of());
        }
        s.paragraph(ParagraphKind.OPERATIVE, Map.of("mediation", ThemeScorer.weight("negotiations")), Set.of());

        assertEquals(List.of("sanctions"), s.themes().stream().map(DocumentTheme::iri).toList());
    }

    @Test
    void aBareWordUsedInTwoRecitalsIsAThemeButNotAMainOneOfALongDocument() {
        ThemeScorer s = scorer();
        for (int i = 0; i < 40; i++) {
            s.paragraph(ParagraphKind.OPERATIVE, Map.of("sanctions", 1.0), Set.of());
        }
        s.paragraph(ParagraphKind.PREAMBULAR, Map.of("mediation", 0.5), Set.of());
        s.paragraph(ParagraphKind.PREAMBULAR, Map.of("mediation", 0.5), Set.of());

        List<DocumentTheme> themes = s.themes();
        assertEquals(List.of("sanctions", "mediation"), themes.stream().map(DocumentTheme::iri).toList());
        assertEquals(List.of(true, false), themes.stream().map(DocumentTheme::main).toList());
    }
}
