package org.unkg.mention;

import java.text.Normalizer;
import org.unkg.common.CharacterForms;

/**
 * A text with its spaces and hyphens taken out, its characters in their ordinary forms ({@link CharacterForms}) and its
 * letters in lower case and without their diacritics, with the way back to the original offsets. Names are matched on
 * skeletons, so that the splits and joins of PDF extraction ({@code Al -Qaida}, {@code CounterTerrorism},
 * {@code Monitoring Tea m}, {@code Co unter Terrorism Committee}) still match, and so do names that a text or its
 * transcription wrote without accents ({@code Liberacion de Saguia el-Hamra}, {@code Cote d'Ivoire}).
 */
public final class Skeleton {

    private final String text;
    private final int[] original;

    private Skeleton(String text, int[] original) {
        this.text = text;
        this.original = original;
    }

    public static Skeleton of(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] map = new int[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || isHyphen(CharacterForms.fold(c)) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK && c < 0x0370) {
                continue;
            }
            map[sb.length()] = i;
            sb.append(fold(c));
        }
        map[sb.length()] = s.length();
        int[] trimmed = new int[sb.length() + 1];
        System.arraycopy(map, 0, trimmed, 0, sb.length() + 1);
        return new Skeleton(sb.toString(), trimmed);
    }

    /** The skeleton of a name, as it is put in the dictionary. */
    public static String key(String name) {
        return of(name).text;
    }

    public String text() {
        return text;
    }

    /** The original index of the skeleton's character at {@code i}. */
    public int start(int i) {
        return original[i];
    }

    /** The original index just after the skeleton's character at {@code i}. */
    public int endAfter(int i) {
        return original[i] + 1;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014';
    }

    private static char fold(char written) {
        char c = CharacterForms.fold(written);
        return switch (c) {
            case '\u2019', '\u2018', '`' -> '\'';
            case '\u201C', '\u201D' -> '"';
            case '（' -> '(';
            case '）' -> ')';
            default -> Character.toLowerCase(withoutDiacritic(c));
        };
    }

    /** A Latin letter with a diacritic as its base letter ({@code é → e}); any other character as it is. */
    private static char withoutDiacritic(char c) {
        if (c < 0xC0 || c > 0x24F) {
            return c;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return d.length() > 1 && d.charAt(0) < 0x80 ? d.charAt(0) : c;
    }
}
