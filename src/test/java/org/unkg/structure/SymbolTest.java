package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SymbolTest {

    private static void canonical(String written, String canonical, DocumentType type) {
        Symbol s = Symbol.parse(written).orElseThrow(() -> new AssertionError("not a symbol: " + written));
        assertEquals(canonical, s.canonical(), written);
        assertEquals(type, s.type(), written);
    }

    @Test
    void formsAndTheirTypes() {
        canonical("S/RES/1373(2001)", "S/RES/1373 (2001)", DocumentType.RESOLUTION);
        canonical("S/RES/1373 (2001)", "S/RES/1373 (2001)", DocumentType.RESOLUTION);
        canonical("S/Res/1373  (2001)", "S/RES/1373 (2001)", DocumentType.RESOLUTION);
        canonical("S/PRST/2012/16", "S/PRST/2012/16", DocumentType.PRESIDENTIAL_STATEMENT);
        canonical("A/RES/60/288", "A/RES/60/288", DocumentType.RESOLUTION);
        canonical("A/RES/2625(XXV)", "A/RES/2625 (XXV)", DocumentType.RESOLUTION);
        canonical("S/PV.6760", "S/PV.6760", DocumentType.MEETING_RECORD);
        canonical("S/2018/1177", "S/2018/1177", DocumentType.DOCUMENT);
        canonical("S/26034", "S/26034", DocumentType.DOCUMENT);
        canonical("S/1995/488/Add.1", "S/1995/488/Add.1", DocumentType.DOCUMENT);
        canonical("S/AGENDA/2329/Rev.1", "S/Agenda/2329/Rev.1", DocumentType.AGENDA);
        canonical("E/RES/1996/31", "E/RES/1996/31", DocumentType.RESOLUTION);
        canonical("A/5497", "A/5497", DocumentType.DOCUMENT);
        canonical("A/6000/Rev.1", "A/6000/Rev.1", DocumentType.DOCUMENT);
        canonical("A/HRC/16/25", "A/HRC/16/25", DocumentType.DOCUMENT);
        canonical("A/HRC/RES/S-15/1", "A/HRC/RES/S-15/1", DocumentType.RESOLUTION);
        canonical("S/AC.51/2009/3", "S/AC.51/2009/3", DocumentType.DOCUMENT);
        canonical("E/CN.4/1999/31", "E/CN.4/1999/31", DocumentType.DOCUMENT);
        canonical("A/CONF.192/15", "A/CONF.192/15", DocumentType.DOCUMENT);
        assertEquals("S/RES/1373(2001)", Symbol.parse("S/RES/1373 (2001)").orElseThrow().key());
        assertTrue(Symbol.parse("S/ABC").isEmpty());
        assertTrue(Symbol.parse("resolution 1373").isEmpty());
    }

    @Test
    void resolutionNumbersFitTheirYears() {
        ResolutionNumbering n = ResolutionNumbering.get();
        assertTrue(n.plausible(1373, 2001));
        assertTrue(n.plausible(2462, 2019));
        assertTrue(!n.plausible(80, 1050) && !n.plausible(1373, 1990) && !n.plausible(239, 1970));
        assertEquals(289, n.mend(239, 1970).getAsInt(), "a 3 misread for an 8");
        assertEquals(1373, n.mend(1373, 2001).getAsInt());
    }
}
