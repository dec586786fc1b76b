package org.unkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.unkg.common.IriScheme;
import org.unkg.rdf.EntityVocabularyReader;
import org.unkg.structure.Block;
import org.unkg.structure.DocumentType;
import org.unkg.structure.ParagraphKind;
import org.unkg.structure.RecognizedDocument;

/** A text that names a body's statute or charter names the body too. */
class BodiesInTitlesTest {

    private static final MentionFinder FINDER = new MentionFinder(EntityVocabularyReader.fromClasspath(),
            IriScheme.standard());
    private static final String ID = IriScheme.DEFAULT_BASE + "id/";

    private static List<String> mentions(String text) {
        return mentions("en", text);
    }

    /** The mentions of a paragraph of a 2005 document, as "text -> IRI" in the order of the text. */
    private static List<String> mentions(String language, String text) {
        Block block = Block.paragraph(text, ParagraphKind.PARAGRAPH, Optional.empty(), 1);
        DocumentMentions m = FINDER.find(new RecognizedDocument(language, DocumentType.DOCUMENT, Optional.empty(), "text",
                Optional.of(LocalDate.of(2005, 3, 31)), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                List.of(block)));
        return m.byBlock().get(0).stream().sorted(java.util.Comparator.comparingInt(Mention::start))
                .map(x -> x.text() + " -> " + x.target().substring(ID.length())).toList();
    }

    @Test
    void theStatuteOfATribunalNamesTheTribunal() {
        assertEquals(List.of(
                "Statute of the International Criminal Tribunal for Rwanda -> instrument/ICTR-statute",
                "International Criminal Tribunal for Rwanda -> organization/ICTR"),
                mentions("Decides to adopt the Statute of the International Criminal Tribunal for Rwanda annexed hereto;"));
    }

    @Test
    void aChineseTitleIsLookedIntoWithoutItsHeadWord() {
        assertEquals(List.of("联合国宪章 -> instrument/UN-Charter", "联合国 -> organization/UN"),
                mentions("zh", "重申《联合国宪章》的宗旨和原则，"));
    }

    @Test
    void aTitleInsideATitleIsLookedInto() {
        List<String> found = mentions("Noting the Rome Statute of the International Criminal Court,");
        assertEquals("International Criminal Court -> organization/ICC", found.get(found.size() - 1), found.toString());
    }

    @Test
    void aTitleThatNamesNoBodyAddsNothing() {
        assertEquals(1, mentions("Recalling the Convention on the Rights of the Child,").size());
    }
}
