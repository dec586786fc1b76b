package org.unkg.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a run of lines into paragraphs by what the text says, not by where it was broken. The lines are joined into
 * one text ({@link BodyStream}); a paragraph starts where the language's rules find an opener after a possible end,
 * at a line start or inside a line alike, or at a line break that the rules say ends a title or a signature; where a
 * sentence ends at a line break with nothing said either way, the layout decides ({@link LayoutEvidence}). So the
 * same text gives the same paragraphs whatever its line width, line ends, indentation or blank lines.
 */
public final class LineJoiner {

    public List<TextBlock> join(List<SourceLine> lines, BreakRules rules, String wholeText) {
        if (lines.isEmpty()) {
            return List.of();
        }
        BodyStream s = BodyStream.of(lines, wholeText);
        LayoutEvidence layout = LayoutEvidence.of(s, rules::endsSentence);
        String folded = s.folded();
        ParagraphSequence sequence = new ParagraphSequence();
        List<TextBlock> blocks = new ArrayList<>();
        int start = 0;
        rules.started(folded, 0, sequence);
        for (int line = 0; line < s.lineCount(); line++) {
            for (int at = s.lineStart(line) + 1; at < s.lineEnd(line); at++) {
                if (rules.mayOpenWithinLine(folded, at) && rules.opensParagraph(folded, start, at, false, sequence)) {
                    start = cut(s, rules, sequence, headingBefore(s, rules, sequence, start, at, blocks), at, blocks);
                }
            }
            if (line + 1 == s.lineCount()) {
                break;
            }
            int at = s.lineStart(line + 1);
            if (rules.opensParagraph(folded, start, at, true, sequence)) {
                start = cut(s, rules, sequence, headingBefore(s, rules, sequence, start, at, blocks), at, blocks);
                continue;
            }
            BreakRules.LineBreak b = rules.atLineBreak(folded, start, at, blocks.isEmpty(), sequence);
            if (b == BreakRules.LineBreak.BREAK || b == BreakRules.LineBreak.WEAK && layout.hardBreakBefore(line + 1)) {
                start = cut(s, rules, sequence, start, at, blocks);
            }
        }
        cut(s, rules, sequence, start, s.written().length(), blocks);
        return blocks;
    }

    /**
     * Before a paragraph that opens at {@code at}: cuts off a heading that ends the text before it and starts a line;
     * returns where the text before the opener now starts.
     */
    private static int headingBefore(BodyStream s, BreakRules rules, ParagraphSequence sequence, int start, int at,
            List<TextBlock> blocks) {
        int heading = rules.headingAtEnd(s.folded(), start, at, p -> s.lineStart(s.lineAt(p)) == p);
        if (heading > start && heading < at) {
            return cut(s, rules, sequence, start, heading, blocks);
        }
        return start;
    }

    /** Ends the paragraph from {@code start} at {@code end}; returns where the next one starts. */
    private static int cut(BodyStream s, BreakRules rules, ParagraphSequence sequence, int start, int end,
            List<TextBlock> blocks) {
        if (System.getProperty("unkg.debug") != null) {
            System.err.println("CUT at " + end + " [" + s.folded().substring(Math.max(0, end - 30), Math.min(s.folded().length(), end + 20)) + "] " + new Throwable().getStackTrace()[1]);
        }
        String text = s.written().substring(start, end).strip();
        if (!text.isEmpty()) {
            rules.finished(s.folded(), start, end, sequence);
            int first = s.lineAt(start);
            int last = s.lineAt(Math.max(start, end - 1));
            boolean indented = s.line(first).indented() && s.lineStart(first) == start;
            blocks.add(new TextBlock(text, s.line(first).number(), s.line(last).number(), indented));
        }
        int next = end;
        while (next < s.folded().length() && Character.isWhitespace(s.folded().charAt(next))) {
            next++;
        }
        if (next < s.folded().length()) {
            rules.started(s.folded(), next, sequence);
        }
        return end;
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
}
