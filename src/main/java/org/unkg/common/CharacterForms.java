package org.unkg.common;

import java.text.Normalizer;

/**
 * The ordinary form of each character, for matching: full-width digits, Latin letters, brackets, slashes and
 * punctuation ({@code １３７３（２００１）}, {@code Ｓ／ＲＥＳ}, {@code ，：；}) as their ASCII forms, the half-width
 * forms of CJK punctuation as their full forms, ideographic and no-break spaces as a space, corner quotes
 * ({@code 「」『』}) as the curly quotes, and the middle dots that names are written with as one dot.
 *
 * <p>One character stands for one, so that an offset into the folded text is the same offset into the text as
 * written: every stage matches on the folded text and cuts what it found out of the text as written, which keeps the
 * text's own forms. The compatibility mappings are Unicode's (NFKC), taken only where they give one character and
 * only for the blocks listed: NFKC applied everywhere would also turn superscript footnote marks into digits.
 */
public final class CharacterForms {

    private static final char[] TABLE = table();

    private CharacterForms() {
    }

    public static char fold(char c) {
        return TABLE[c];
    }

    /** The text with every character in its ordinary form; the same string when nothing changes. */
    public static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && TABLE[s.charAt(i)] == s.charAt(i)) {
            i++;
        }
        if (i == n) {
            return s;
        }
        char[] out = s.toCharArray();
        for (; i < n; i++) {
            out[i] = TABLE[out[i]];
        }
        return new String(out);
    }

    private static char[] table() {
        char[] t = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            t[c] = (char) c;
        }
        // full-width ASCII, and the half-width CJK punctuation and katakana middle dot
        compatibility(t, 0xFF01, 0xFF65);
        // the full-width signs ¢ £ ¬ ¯ ¦ ¥ ₩
        compatibility(t, 0xFFE0, 0xFFE6);
        for (char space : new char[] {'\u00A0', '\u1680', '\u202F', '\u205F', '\u3000'}) {
            t[space] = ' ';
        }
        for (char c = '\u2000'; c <= '\u200A'; c++) {
            t[c] = ' ';
        }
        t['\u300C'] = '\u201C'; // 「
        t['\u300D'] = '\u201D'; // 」
        t['\u300E'] = '\u2018'; // 『
        t['\u300F'] = '\u2019'; // 』
        t['\uFE41'] = '\u201C'; // vertical forms of the corner brackets
        t['\uFE42'] = '\u201D';
        t['\uFE43'] = '\u2018';
        t['\uFE44'] = '\u2019';
        t['\u2215'] = '/'; // division slash, which some PDFs write for the slash of a symbol
        t['\u2044'] = '/'; // fraction slash
        t['\u30FB'] = '\u00B7'; // katakana middle dot, in transcribed names
        t['\uFF65'] = '\u00B7';
        t['\u2027'] = '\u00B7'; // hyphenation point, used as a name dot
        t['\u2219'] = '\u00B7'; // bullet operator
        // the half-width corner brackets become the full ones first, and those the curly quotes
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            t[c] = t[t[c]];
        }
        return t;
    }

    private static void compatibility(char[] t, int from, int to) {
        for (int c = from; c <= to; c++) {
            String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            if (nfkc.length() == 1) {
                t[c] = nfkc.charAt(0);
            }
        }
    }
}
