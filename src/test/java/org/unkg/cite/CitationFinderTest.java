package org.unkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationFinderTest {

    private final CitationFinder finder = new CitationFinder();

    private List<String> cited(String text) {
        return finder.find(text).stream().map(c -> c.symbol().canonical()).toList();
    }

    @Test
    void chineseResolutionLists() {
        assertEquals(List.of("S/RES/1373 (2001)", "S/RES/2195 (2014)", "S/RES/2462 (2019)"),
                cited("包括第 1373 (2001)、2195 (2014)和 2462 (2019)号决议以及"));
        assertEquals(List.of("S/RES/1267 (1999)", "S/RES/1989 (2011)"), cited("第1267(1999)号和第1989(2011)号决议所设委员会"));
        assertEquals(List.of("A/RES/66/10"), cited("欢迎根据大会第 A/RES/66/10 号决议设立"));
        assertEquals(List.of("A/RES/60/288"), cited("大会第60/288号决议"));
    }

    @Test
    void englishResolutionLists() {
        assertEquals(List.of("S/RES/1267 (1999)", "S/RES/1333 (2000)", "S/RES/1390 (2002)"),
                cited("Recalling its resolutions 1267 (1999), 1333 (2000) and 1390 (2002),"));
        assertEquals(List.of("S/RES/986 (1995)", "S/RES/1111 (1997)"),
                cited("its resolutions 986 (1995) of 14 April 1995, 1111 (1997) of 4 June 1997"));
        assertEquals(List.of("A/RES/2625 (XXV)"), cited("in its declaration of October 1970 (resolution 2625 (XXV))"));
        assertEquals(List.of("A/RES/377 (V)"), cited("as provided in General Assembly resolution 377 A (V) of 3 November 1950"));
        assertEquals(List.of("A/RES/60/288", "A/RES/66/10"),
                cited("General Assembly resolutions 60/288 and 66/10"));
        assertEquals(List.of("E/RES/1996/31"), cited("Economic and Social Council resolution 1996/31"));
    }

    @Test
    void writtenSymbolsAlsoWhereLineJoiningLeftASpace() {
        assertEquals(List.of("S/PRST/2018/9", "S/2018/1177", "S/PV.6760", "S/RES/1373 (2001)"),
                cited("(S/PRST/2018/9)，见S/2018/1177，附件; record S/PV.6760. See S/RES/1373 (2001)."));
        assertEquals(List.of("S/PRST/2012/16"), cited("S/PRST/ 2012/16"));
        assertEquals(List.of("S/26034"), cited("dated 2 July 1993 (S/26034);"));
        assertEquals(List.of("S/1995/488", "S/1995/488/Add.1"), cited("of 15 June 1995 (S/1995/488 and Add.1),"));
    }

    @Test
    void resolutionNumbersWithoutYear() {
        CitationFinder.Found f = finder.scan("those to whom resolution 1373 applies, and resolutions 1267 and 1540,");
        assertEquals(List.of(1373, 1267, 1540), f.bare().stream().map(CitationFinder.BareNumber::number).toList());
        assertEquals(List.of(1373), finder.scan("第1373号决议").bare().stream().map(CitationFinder.BareNumber::number)
                .toList());
        assertEquals(List.of(), finder.scan("resolutions 1942 (2010) and 1967 (2011), and 192 military observers").bare());
        assertEquals(List.of(), finder.scan("and resolution 1929 (2010); 6. Decides to remain seized").bare());
        assertEquals(List.of(), finder.scan("resolution 1738, (2006) and General Assembly resolution 2625").bare()
                .stream().filter(b -> b.number() != 1738).toList());
    }

    @Test
    void noFalseCitations() {
        assertEquals(List.of(), cited("on 11 September 2001, at 10 a.m., paragraph 2 of the annex, 18-29 years"));
        assertEquals(List.of(), cited("the 1989 unmanning agreement, 30 June 1995"));
        assertEquals(List.of(), cited("resolution 1373 (1950)"), "a number that cannot belong to its year");
    }

    @Test
    void aMisprintedYearStillFindsTheResolution() {
        List<Citation> c = finder.find("recalling resolution 1373 (2002) and resolution 1540 (2005)");
        assertEquals(List.of("S/RES/1373 (2001)", "S/RES/1540 (2004)"), c.stream().map(x -> x.symbol().canonical()).toList());
        assertEquals("1373 (2002)", c.get(0).written(), "the mention keeps the text's form");
    }
}
