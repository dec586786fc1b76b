package org.unkg.metamorphic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The same text in other character forms, as typesetting and extraction write it: full-width digits, brackets and
 * slashes ({@code 第１３７３（２００１）号决议}) or every ASCII character full-width; Western punctuation in Chinese text;
 * corner quotes ({@code 「」}) or curly quotes for straight ones; no-break and ideographic spaces, or none between
 * Chinese characters and numbers; zero-width characters and soft hyphens. Random choices use a seed of their own, so
 * that a variant is the same from one run to the next.
 */
final class CharacterVariants {

    private CharacterVariants() {
    }

    /** Digits, parentheses, slashes and full stops full-width, as Chinese typesetting often sets numbers. */
    static String fullWidthNumbers(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' || c == '(' || c == ')' || c == '/' || c == '.' ? (char) (c + 0xFEE0) : c);
        }
        return sb.toString();
    }

    /** Every printable ASCII character full-width, spaces as ideographic spaces. */
    static String fullWidthAll(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c > ' ' && c <= '~' ? (char) (c + 0xFEE0) : c == ' ' ? '\u3000' : c);
        }
        return sb.toString();
    }

    /** Chinese text with the Western forms of its punctuation, some of the time. */
    static UnaryOperator<String> westernPunctuation(long seed) {
        Random random = new Random(seed);
        return s -> {
            StringBuilder sb = new StringBuilder(s.length());
            for (char c : s.toCharArray()) {
                String western = switch (c) {
                    case '，' -> ", ";
                    case '；' -> "; ";
                    case '：' -> ": ";
                    case '（' -> "(";
                    case '）' -> ")";
                    case '！' -> "!";
                    case '？' -> "?";
                    case '。' -> ". ";
                    default -> null;
                };
                sb.append(western != null && random.nextBoolean() ? western : String.valueOf(c));
            }
            return sb.toString();
        };
    }

    /** Corner brackets for Chinese quotation marks; curly quotes for English straight ones. */
    static String otherQuotes(String s, boolean chinese) {
        if (chinese) {
            return s.replace('“', '「').replace('”', '」').replace('‘', '『').replace('’', '』');
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean open = true;
        for (char c : s.toCharArray()) {
            if (c == '"') {
                sb.append(open ? '“' : '”');
                open = !open;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Other spaces: for Chinese, none between Chinese characters and numbers or Latin words (as Chinese typesetting
     * often has it) and ideographic spaces elsewhere; for English, no-break spaces for some spaces.
     */
    static UnaryOperator<String> otherSpaces(boolean chinese, long seed) {
        Random random = new Random(seed);
        return s -> {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != ' ') {
                    sb.append(c);
                } else if (!chinese) {
                    sb.append(random.nextInt(3) == 0 ? '\u00A0' : ' ');
                } else {
                    boolean han = i > 0 && isHan(s.charAt(i - 1)) || i + 1 < s.length() && isHan(s.charAt(i + 1));
                    if (!han) {
                        sb.append('\u3000');
                    }
                }
            }
            return sb.toString();
        };
    }

    /**
     * Zero-width spaces, joiners and byte-order marks between characters, and soft hyphens inside longer words, as
     * web pages and word processors leave them.
     */
    static UnaryOperator<String> invisibles(long seed) {
        Random random = new Random(seed);
        char[] zeroWidth = {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'};
        return s -> {
            StringBuilder sb = new StringBuilder(s.length() + s.length() / 8);
            int wordLength = 0;
            char previous = ' ';
            for (char c : s.toCharArray()) {
                if (Character.isLetter(c) && c < 0x2E80) {
                    wordLength++;
                    if (wordLength > 3 && random.nextInt(12) == 0) {
                        sb.append('\u00AD');
                    }
                } else {
                    wordLength = 0;
                }
                // between two characters that are not spaces, as editors and web pages leave them
                if (previous != ' ' && c != ' ' && random.nextInt(25) == 0) {
                    sb.append(zeroWidth[random.nextInt(zeroWidth.length)]);
                }
                sb.append(c);
                previous = c;
            }
            return sb.toString();
        };
    }

    static LogicalDocument map(LogicalDocument doc, UnaryOperator<String> f) {
        List<String> lines = new ArrayList<>();
        for (String l : doc.lines()) {
            lines.add(f.apply(l));
        }
        return doc.withLines(lines);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
