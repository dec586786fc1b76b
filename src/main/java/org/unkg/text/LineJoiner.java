package org.unkg.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines that PDF extraction broke back into blocks of running text.
 *
 * <p>A line continues the one before unless the rules say it opens a paragraph, or the line before ended a
 * paragraph, or the line before was short (a title, a heading or a signature line stands alone and is shorter than
 * the lines of running text). Between Chinese characters lines join without a space, elsewhere with one; a word
 * hyphenated at a line end is joined without its hyphen unless the document writes that word with a hyphen elsewhere
 * or the second part starts with a capital (as in {@code Counter-Terrorism}).
 */
public final class LineJoiner {

    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)");
    /** A line shorter than this share of the typical line length ends its block. */
    private static final double SHORT_LINE = 0.6;

    public List<TextBlock> join(List<SourceLine> lines, BreakRules rules, String wholeText) {
        Set<String> hyphenated = hyphenatedWords(wholeText);
        int typical = typicalWidth(lines);
        List<TextBlock> blocks = new ArrayList<>();
        StringBuilder current = null;
        SourceLine first = null;
        SourceLine previous = null;
        for (SourceLine line : lines) {
            if (current != null && continues(previous, line, rules, typical)) {
                appendJoined(current, line.text(), hyphenated);
            } else {
                if (current != null) {
                    blocks.add(new TextBlock(current.toString(), first.number(), previous.number(), first.indented()));
                }
                current = new StringBuilder(line.text());
                first = line;
            }
            previous = line;
        }
        if (current != null) {
            blocks.add(new TextBlock(current.toString(), first.number(), previous.number(), first.indented()));
        }
        return blocks;
    }

    private static boolean continues(SourceLine previous, SourceLine line, BreakRules rules, int typical) {
        if (rules.startsParagraph(line)) {
            return false;
        }
        String prev = previous.text();
        if (rules.continuesParagraph(line)) {
            return !prev.endsWith(".") && !prev.endsWith(";");
        }
        if (rules.endsParagraph(prev)) {
            // Where paragraphs are marked by an indent, a full line without one goes on after a sentence that
            // happened to end at the line's end.
            return rules.indentStartsParagraph() && !line.indented() && width(line.text()) >= SHORT_LINE * typical;
        }
        // A short line that does not end a sentence is a title, a heading or a signature line.
        return width(prev) >= SHORT_LINE * typical;
    }

    /**
     * The words the document writes with a hyphen inside a line, found once rather than searched for each break: the
     * matches of {@code \p{L}+-\p{L}+} from left to right. Found from each hyphen outwards, since trying that pattern
     * at every letter of every word costs more than the rest of joining the lines.
     */
    static Set<String> hyphenatedWords(String text) {
        Set<String> words = new HashSet<>();
        int from = 0;
        int n = text.length();
        for (int hyphen = text.indexOf('-', from); hyphen >= 0; hyphen = text.indexOf('-', from)) {
            int start = hyphen;
            while (start > from && Character.isLetter(text.codePointBefore(start))) {
                start -= Character.charCount(text.codePointBefore(start));
            }
            int end = hyphen + 1;
            while (end < n && Character.isLetter(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (start < hyphen && end > hyphen + 1) {
                words.add(text.substring(start, end));
                from = end;
            } else {
                from = hyphen + 1;
            }
        }
        return words;
    }

    static void appendJoined(StringBuilder sb, String next, Set<String> hyphenated) {
        int last = sb.codePointBefore(sb.length());
        int firstCp = next.codePointAt(0);
        if (Scripts.isCjk(last) || Scripts.isCjk(firstCp)) {
            sb.append(next);
            return;
        }
        Matcher hyphen = sb.charAt(sb.length() - 1) == '-'
                ? HYPHENATED.matcher(sb).region(Math.max(0, sb.length() - 64), sb.length()) : null;
        Matcher lead = LEADING_WORD.matcher(next);
        if (hyphen != null && hyphen.find() && lead.find()) {
            String compound = hyphen.group(1) + "-" + lead.group(1);
            boolean keepHyphen = Character.isUpperCase(firstCp) || hyphenated.contains(compound);
            if (!keepHyphen) {
                sb.setLength(sb.length() - 1);
            }
            sb.append(next);
            return;
        }
        sb.append(' ').append(next);
    }

    /** Display width: a Chinese character takes the room of two Latin ones. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Scripts.isCjk(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The width of a full line of running text: the 80th percentile, since most lines of a page are full. */
    static int typicalWidth(List<SourceLine> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        int[] widths = lines.stream().mapToInt(l -> width(l.text())).toArray();
        Arrays.sort(widths);
        return widths[(int) Math.floor(0.8 * (widths.length - 1))];
    }
}
