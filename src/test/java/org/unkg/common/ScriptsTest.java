package org.unkg.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The shortcut for characters before the first Han block gives the same answers as asking every character's script. */
class ScriptsTest {

    @Test
    void everyCodePointAsItsScriptSays() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            boolean cjk = han || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF
                    || cp >= 0x2018 && cp <= 0x201D;
            if (cjk != Scripts.isCjk(cp)) {
                assertEquals(cjk, Scripts.isCjk(cp), Integer.toHexString(cp));
            }
        }
    }

    @Test
    void hanShareCountsHanLettersAmongLetters() {
        assertEquals(0.5, Scripts.hanShare("中a"));
        assertEquals(0.0, Scripts.hanShare("résumé 123"));
        assertEquals(1.0, Scripts.hanShare("安全理事会，"));
        assertEquals(0.0, Scripts.hanShare("。，"));
    }
}
