package org.unkg.structure;

/** The Chinese numerals documents number their parts with, 一 to 九十九. */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    static boolean isNumeral(char c) {
        return DIGITS.indexOf(c) > 0 || c == '十';
    }

    /** The value of a numeral such as 四, 十, 十二 or 二十三; -1 for anything else. */
    static int value(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return -1;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : digit(s.substring(0, ten));
        int units = ten == s.length() - 1 ? 0 : digit(s.substring(ten + 1));
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }

    private static int digit(String s) {
        return s.length() == 1 && DIGITS.indexOf(s.charAt(0)) > 0 ? DIGITS.indexOf(s.charAt(0)) : -1;
    }

    /** The length of the numeral starting at {@code at}, 0 if none. */
    static int lengthAt(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < 3 && isNumeral(text.charAt(i))) {
            i++;
        }
        return i - at;
    }
}
