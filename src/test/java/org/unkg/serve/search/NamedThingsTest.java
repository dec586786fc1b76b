package org.unkg.serve.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unkg.common.IriScheme;

/** The resolutions a search cites, and the things it names most fully. */
class NamedThingsTest {

    private static final IriScheme IRIS = IriScheme.standard();

    @Test
    void resolutionsAreReadAsEachLanguageWritesThem() {
        assertEquals(List.of(IRIS.document("S/RES/1373(2001)")), NamedThings.resolutions("1373 (2001)", IRIS));
        assertEquals(List.of(IRIS.document("S/RES/1373(2001)")),
                NamedThings.resolutions("第1373（2001）号决议", IRIS));
        assertEquals(List.of(IRIS.document("S/RES/1267(1999)"), IRIS.document("S/RES/1333(2000)")),
                NamedThings.resolutions("resolution 1267 (1999) and 1333(2000), 1267 (1999)", IRIS));
        assertEquals(List.of(), NamedThings.resolutions("financing of terrorism (2001)", IRIS));
    }

    @Test
    void aNameInsideALongerNameIsNotNamedOnItsOwn() {
        NamedThings.Thing financing = new NamedThings.Thing("theme/terrorism-financing", 3, Set.of("financ", "terror"));
        NamedThings.Thing terrorism = new NamedThings.Thing("theme/terrorism", 2, Set.of("terror"));
        NamedThings.Thing committee = new NamedThings.Thing("organization/CTC", 4, Set.of());
        assertEquals(List.of("theme/terrorism-financing"),
                NamedThings.mostFullyNamed(List.of(committee, financing, terrorism)));
        NamedThings.Thing cted = new NamedThings.Thing("organization/CTED", 1, Set.of("cted"));
        NamedThings.Thing unodc = new NamedThings.Thing("organization/UNODC", 1, Set.of("unodc"));
        assertEquals(List.of("organization/CTED", "organization/UNODC"),
                NamedThings.mostFullyNamed(List.of(cted, unodc)));
    }
}
