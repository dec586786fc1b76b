package org.unkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
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

/**
 * A name a country bore for a time only (a SKOS-XL label of the vocabulary with its years) names that country in the
 * documents of those years, and the country listed under it in the others.
 */
class NamesInTheirTimeTest {

    private static final MentionFinder FINDER = new MentionFinder(EntityVocabularyReader.fromClasspath(),
            IriScheme.standard());
    private static final String DRC = IriScheme.DEFAULT_BASE + "id/country/COD";
    private static final String CONGO = IriScheme.DEFAULT_BASE + "id/country/COG";

    private static List<String> named(String language, Optional<LocalDate> date, String... texts) {
        List<Block> blocks = Arrays.stream(texts)
                .map(t -> Block.paragraph(t, ParagraphKind.PARAGRAPH, Optional.empty(), 1)).toList();
        DocumentMentions m = FINDER.find(new RecognizedDocument(language, DocumentType.DOCUMENT, Optional.empty(),
                "text", date, OptionalInt.empty(), Optional.empty(), Optional.empty(), blocks));
        return m.byBlock().stream().flatMap(List::stream).map(Mention::target).distinct().toList();
    }

    private static Optional<LocalDate> on(int year) {
        return Optional.of(LocalDate.of(year, 6, 1));
    }

    @Test
    void theRepublicOfTheCongoOf1961IsTodaysDemocraticRepublicOfTheCongo() {
        String text = "Gravely concerned at the situation in the Republic of the Congo,";
        assertEquals(List.of(DRC), named("en", on(1961), text));
        assertEquals(List.of(CONGO), named("en", on(1997), text));
        assertEquals(List.of(DRC), named("en", on(1961), "the withdrawal from the Congo of all foreign personnel"));
        assertEquals(List.of(CONGO), named("en", on(1961), "the Government of the Congo (Brazzaville)"));
        assertEquals(List.of(DRC), named("zh", on(1962), "刚果共和国局势"));
        assertEquals(List.of(CONGO), named("zh", on(2005), "刚果共和国局势"));
    }

    @Test
    void aDocumentThatAlsoNamesTheListedCountryPlainlyKeepsItsName() {
        assertEquals(List.of(CONGO), named("en", on(1960), "Having examined the application of the Republic of the Congo,",
                "Republic of the Congo, capital Brazzaville."));
        assertEquals(List.of(DRC), named("en", on(1960), "Having examined the application of the Republic of the Congo,",
                "Republic of the Congo, capital Leopoldville."));
    }

    @Test
    void aDocumentWithoutADateTakesTheNameAsListed() {
        assertEquals(List.of(CONGO), named("en", Optional.empty(), "the Republic of the Congo"));
    }
}
