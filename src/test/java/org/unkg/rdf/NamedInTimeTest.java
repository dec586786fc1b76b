package org.unkg.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.unkg.mention.EntityVocabulary;

/**
 * The vocabularies say when an instrument was adopted and a body founded, and no document older than that by more than
 * a year names it.
 */
class NamedInTimeTest {

    private static final EntityVocabulary VOCABULARY = EntityVocabularyReader.fromClasspath();
    private static final String LUSAKA = "https://w3id.org/unkg/id/instrument/lusaka-ceasefire-agreement";
    private static final String COMMITTEE_1267 = "https://w3id.org/unkg/id/organization/C1267";
    private static final String CHARTER = "https://w3id.org/unkg/id/instrument/UN-Charter";

    @Test
    void anInstrumentIsNotNamedBeforeItsAdoption() {
        assertFalse(VOCABULARY.namedIn(LUSAKA, OptionalInt.of(1974)));
        assertTrue(VOCABULARY.namedIn(LUSAKA, OptionalInt.of(1998)), "the year before: an agreement in the making");
        assertTrue(VOCABULARY.namedIn(LUSAKA, OptionalInt.of(2005)));
    }

    @Test
    void aBodyIsNotNamedBeforeItsFoundingResolution() {
        assertFalse(VOCABULARY.namedIn(COMMITTEE_1267, OptionalInt.of(1990)));
        assertTrue(VOCABULARY.namedIn(COMMITTEE_1267, OptionalInt.of(1999)));
    }

    @Test
    void aDocumentWithoutADateMayNameAnything() {
        assertTrue(VOCABULARY.namedIn(LUSAKA, OptionalInt.empty()));
        assertTrue(VOCABULARY.namedIn(CHARTER, OptionalInt.of(1946)));
    }
}
