package org.unkg.source;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The labels Word draws before the items of its numbered and bulleted lists ({@code 1.}, {@code (a)}, {@code 一、},
 * {@code •}), which the text of the paragraphs does not hold: the UN's resolutions number their operative
 * paragraphs so, and the number is what marks where a paragraph starts. Counters run per list and level, a level's
 * counter restarting when a level above it moves on.
 */
final class ListLabels {

    private static final String[] CHINESE_DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    ListLabels(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label of a paragraph, with the space after it; empty for a paragraph that is no list item. */
    String next(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numId == null || numbering == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
        if (level < 0 || level > 8) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        count[level] = count[level] == 0 ? start(numId, level) : count[level] + 1;
        String format = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
        if (format.equals("bullet")) {
            return "• ";
        }
        if (format.equals("none")) {
            return "";
        }
        String template = p.getNumLevelText() == null ? "%" + (level + 1) + "." : p.getNumLevelText();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                int of = template.charAt(++i) - '1';
                int n = of >= 0 && of <= level ? Math.max(count[of], 1) : 1;
                label.append(format(n, of == level ? format : "decimal"));
            } else {
                label.append(c);
            }
        }
        char last = label.length() == 0 ? ' ' : label.charAt(label.length() - 1);
        return last < 0x2E80 ? label + " " : label.toString();
    }

    private int start(BigInteger numId, int level) {
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return 1;
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return 1;
        }
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.getStart() != null) {
                return ((BigInteger) lvl.getStart().getVal()).intValue();
            }
        }
        return 1;
    }

    static String format(int n, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(n).toLowerCase();
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase();
            case "upperRoman" -> roman(n);
            case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting" ->
                    chinese(n);
            default -> String.valueOf(n);
        };
    }

    /** a, b, … z, aa, bb: Word's letter numbering repeats the letter past z. */
    private static String letters(int n) {
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }

    /** 一 to 九十九, as Chinese documents number their parts. */
    static String chinese(int n) {
        if (n < 10) {
            return CHINESE_DIGITS[n];
        }
        if (n >= 100) {
            return String.valueOf(n);
        }
        String tens = n / 10 == 1 ? "十" : CHINESE_DIGITS[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + CHINESE_DIGITS[n % 10];
    }
}
