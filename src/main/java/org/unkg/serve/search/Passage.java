package org.unkg.serve.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage as jena-text's highlighter returns it, cut into pieces a template can escape: plain text, the words that
 * matched, and the gaps between fragments. The highlighter is told to mark with characters of Unicode's private use
 * area, which UN documents never contain, so that no markup is ever built from the text.
 */
public final class Passage {

    /** Put before each matched word. */
    static final char START = '\uE000';
    /** Put after each matched word. */
    static final char END = '\uE001';
    /** Put between two fragments of one paragraph. */
    static final char GAP = '\uE002';

    /** The options of jena-text's {@code highlight:} argument for these marks, fragments of about {@code size}. */
    static String highlightOption(int size, int fragments) {
        return "highlight:s:" + START + " | e:" + END + " | f:" + GAP + " | z:" + size + " | m:" + fragments;
    }

    /**
     * One piece of a passage.
     *
     * @param text  its text
     * @param kind  {@code text}, {@code match} or {@code gap}
     */
    public record Piece(String text, String kind) {
    }

    private Passage() {
    }

    /** The pieces of a highlighted passage. */
    static List<Piece> pieces(String highlighted) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (c == START || c == END || c == GAP) {
                if (current.length() > 0) {
                    pieces.add(new Piece(current.toString(), inMatch ? "match" : "text"));
                    current.setLength(0);
                }
                if (c == GAP) {
                    pieces.add(new Piece("…", "gap"));
                }
                inMatch = c == START;
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            pieces.add(new Piece(current.toString(), inMatch ? "match" : "text"));
        }
        return pieces;
    }

    /**
     * The pieces of a highlighted passage, with a gap before the first fragment unless it starts the paragraph and
     * after the last unless it ends it, so that the reader sees where text was left out.
     */
    static List<Piece> pieces(String highlighted, String paragraph) {
        List<Piece> pieces = new ArrayList<>(pieces(highlighted));
        if (paragraph == null || paragraph.isEmpty() || pieces.isEmpty()) {
            return pieces;
        }
        int firstGap = indexOfGap(pieces, 0);
        String first = plainText(pieces.subList(0, firstGap < 0 ? pieces.size() : firstGap));
        int lastGap = lastIndexOfGap(pieces);
        String last = plainText(pieces.subList(lastGap + 1, pieces.size()));
        if (!paragraph.strip().startsWith(first.strip())) {
            pieces.add(0, new Piece("…", "gap"));
        }
        if (!paragraph.strip().endsWith(last.strip())) {
            pieces.add(new Piece("…", "gap"));
        }
        return pieces;
    }

    private static int indexOfGap(List<Piece> pieces, int from) {
        for (int i = from; i < pieces.size(); i++) {
            if (pieces.get(i).kind().equals("gap")) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfGap(List<Piece> pieces) {
        for (int i = pieces.size() - 1; i >= 0; i--) {
            if (pieces.get(i).kind().equals("gap")) {
                return i;
            }
        }
        return -1;
    }

    private static String plainText(List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        pieces.forEach(p -> text.append(p.text()));
        return text.toString();
    }

    /** A passage with nothing marked: the text, cut after about {@code max} characters. */
    static List<Piece> plain(String text, int max) {
        if (text.length() <= max) {
            return List.of(new Piece(text, "text"));
        }
        return List.of(new Piece(text.substring(0, max), "text"), new Piece("…", "gap"));
    }
}
