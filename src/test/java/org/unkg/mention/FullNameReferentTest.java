package org.unkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A short name of an agreement goes to the one the document named in full, and only then. */
class FullNameReferentTest {

    private static final String SUDAN = "https://w3id.org/unkg/id/instrument/CPA-Sudan";
    private static final String ACCRA = "https://w3id.org/unkg/id/instrument/accra-cpa";
    private static final String ARUSHA = "https://w3id.org/unkg/id/instrument/arusha";
    private static final String CHARTER = "https://w3id.org/unkg/id/instrument/UN-Charter";
    private static final String DECLARATION = "https://w3id.org/unkg/id/instrument/friendly-relations";
    private static final String SAFETY = "https://w3id.org/unkg/id/instrument/safety-convention";
    private static final String PROTOCOL = "https://w3id.org/unkg/id/instrument/safety-protocol";
    private static final String COUNCIL = "https://w3id.org/unkg/id/organization/UNSC";
    private static final String PSC = "https://w3id.org/unkg/id/organization/AU-PSC";

    private static List<List<Mention>> document(Mention... mentions) {
        List<List<Mention>> blocks = new ArrayList<>();
        for (Mention m : mentions) {
            blocks.add(new ArrayList<>(List.of(m)));
        }
        return blocks;
    }

    private static String target(List<List<Mention>> blocks, int block) {
        return blocks.get(block).get(0).target();
    }

    @Test
    void theShortNameGoesToTheAgreementNamedInFull() {
        List<List<Mention>> doc = document(new Mention(ACCRA, 0, 35, "Accra Comprehensive Peace Agreement"),
                new Mention(SUDAN, 4, 33, "Comprehensive Peace  Agreement"));
        FullNameReferent.apply(doc);
        assertEquals(ACCRA, target(doc, 1));
        assertEquals(ACCRA, target(doc, 0));
    }

    @Test
    void withoutAFullNameTheVocabularyDecides() {
        List<List<Mention>> doc = document(new Mention(SUDAN, 4, 33, "Comprehensive Peace Agreement"));
        FullNameReferent.apply(doc);
        assertEquals(SUDAN, target(doc, 0));
    }

    @Test
    void twoFullNamesLeaveTheShortOneAlone() {
        List<List<Mention>> doc = document(new Mention(ACCRA, 0, 35, "Accra Comprehensive Peace Agreement"),
                new Mention(ARUSHA, 0, 36, "Arusha Comprehensive Peace Agreement"),
                new Mention(SUDAN, 4, 33, "Comprehensive Peace Agreement"));
        FullNameReferent.apply(doc);
        assertEquals(SUDAN, target(doc, 2));
    }

    @Test
    void aNameThatEndsWithAnotherOnesIsNotItsFullName() {
        List<List<Mention>> doc = document(
                new Mention(DECLARATION, 0, 60, "Declaration on Principles of International Law in accordance with"
                        + " the Charter of the United Nations"),
                new Mention(CHARTER, 0, 30, "Charter of the United Nations"),
                new Mention(PROTOCOL, 0, 90, "Optional Protocol to the Convention on the Safety of United Nations"
                        + " and Associated Personnel"),
                new Mention(SAFETY, 0, 60, "Convention on the Safety of United Nations and Associated Personnel"));
        FullNameReferent.apply(doc);
        assertEquals(CHARTER, target(doc, 1));
        assertEquals(SAFETY, target(doc, 3));
    }

    @Test
    void bodiesAreNeverMoved() {
        List<List<Mention>> doc = document(new Mention(PSC, 0, 26, "Peace and Security Council"),
                new Mention(COUNCIL, 0, 16, "Security Council"));
        FullNameReferent.apply(doc);
        assertEquals(COUNCIL, target(doc, 1));
    }
}
