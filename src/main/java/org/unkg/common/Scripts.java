package org.unkg.common;

/** Which writing system a character belongs to, as far as joining lines and finding words need to know. */
public final class Scripts {

    /**
     * No Han character comes before the CJK Radicals Supplement; asking {@link Character.UnicodeScript#of} (a binary
     * search) about the Latin letters before it is most of the cost of these questions.
     */
    private static final int FIRST_HAN = 0x2E80;
    /** The first of the characters {@link #isCjk} counts: the curly quotes. */
    private static final int FIRST_CJK = 0x2018;

    private Scripts() {
    }

    /** Han characters and the CJK punctuation and full-width forms that sit between them without spaces. */
    public static boolean isCjk(int cp) {
        if (cp < FIRST_CJK) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN) {
            return true;
        }
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x2018 && cp <= 0x201D);
    }

    /** How much of a text {@link #hanShare} reads: a few pages tell the language as well as the whole. */
    private static final int SAMPLE = 8000;

    /** The share of Han characters among the letters of a text's start: above a third, the text is Chinese. */
    public static double hanShare(String text) {
        int han = 0;
        int letters = 0;
        int end = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (cp >= FIRST_HAN && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters == 0 ? 0 : (double) han / letters;
    }
}
