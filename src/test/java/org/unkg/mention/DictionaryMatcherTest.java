package org.unkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.unkg.rdf.EntityVocabularyReader;
import org.junit.jupiter.api.Test;

/** Names found through the noise of PDF extraction, and not found where they are not. */
class DictionaryMatcherTest {

    private static final EntityVocabulary VOCABULARY = EntityVocabularyReader.fromClasspath();
    private static final DictionaryMatcher NAMES = new DictionaryMatcher(VOCABULARY.names());
    private static final String ID = "https://w3id.org/unkg/id/";

    private static List<String> found(String text) {
        return NAMES.find(text).stream().map(m -> m.entity().iri().substring(ID.length())).toList();
    }

    @Test
    void namesSplitOrJoinedByExtraction() {
        assertEquals(List.of("group/al-qaida"), found("associated with Al -Qaida and"));
        assertEquals(List.of("organization/CTC"), found("the CounterTerrorism Committee"));
        assertEquals(List.of("organization/CTC"), found("the Co unter Terrorism Committee"));
        assertEquals(List.of("organization/monitoring-team"),
                found("the Analytical Support and Sanctions Monitoring Tea m"));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("organization/CTED"), found("the Counter-Terrorism Committee Executive Directorate"));
        assertEquals(List.of("organization/UNODC"), found("联合国毒品和犯罪问题办公室"));
        assertEquals(List.of("instrument/UN-Charter"), found("根据《联合国宪章》"));
    }

    @Test
    void acronymsOnlyInCapitalsAndWordsOnlyWhole() {
        assertEquals(List.of("organization/CTED"), found("CTED and"));
        assertEquals(List.of(), found("the cted and"));
        assertEquals(List.of(), found("unanimously, the Unitedness"));
        assertEquals(List.of(), found("PE AS IN"), "country codes are not names");
    }

    @Test
    void aNameOnlyWithItsCapitalUnlessListedInLowerCase() {
        assertEquals(List.of("country/TGO"), found("the Government of Togo and"));
        assertEquals(List.of(), found("allowing them to go home"));
        assertEquals(List.of(), found("in accordance with the transitional national charter,"));
        assertEquals(List.of(), found("supported by a small secretariat;"));
        assertEquals(List.of("instrument/UN-Charter"), found("under the CHARTER of the UNITED NATIONS"));
        assertEquals(List.of(), found("to identify a focal point to the Committee"));
        assertEquals(List.of(), found("the comprehensive peace agreement signed in Libreville"));
        assertEquals(List.of("organization/SFOR"), found("to establish a multinational stabilization force as"),
                "the vocabulary lists it in lower case, as the documents write it");
        assertEquals(List.of("organization/monitoring-team"), found("the 1267 Monitoring Team"));
        assertEquals(List.of("organization/C1267"), found("the 1267 committee"), "a number makes it a name");
    }

    @Test
    void anAcronymThatFailsItsChecksHidesNoOtherName() {
        Entity unita = new Entity(ID + "group/UNITA", "group", List.of(), java.util.Map.of(), List.of());
        Entity unitaf = new Entity(ID + "organization/UNITAF", "organization", List.of(), java.util.Map.of(), List.of());
        Entity m23 = new Entity(ID + "group/M23", "group", List.of(), java.util.Map.of(), List.of());
        Entity g7 = new Entity(ID + "organization/G7", "organization", List.of(), java.util.Map.of(), List.of());
        DictionaryMatcher names = new DictionaryMatcher(List.of(new EntityName("UNITA", "en", unita),
                new EntityName("UNITAF", "en", unitaf), new EntityName("M23", "en", m23),
                new EntityName("G7", "en", g7)));
        assertEquals(List.of(unita), names.find("attacks by UNITA forces").stream().map(DictionaryMatcher.Match::entity)
                .toList());
        assertEquals(List.of(m23, g7), names.find("the M23 and the G7 summit").stream()
                .map(DictionaryMatcher.Match::entity).toList());
        assertEquals(List.of(), names.find("the m23 road and g7 paper"));
    }
}
