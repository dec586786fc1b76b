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

    /** A passage with nothing marked: the text, cut after about {@code max} characters. */
    static List<Piece> plain(String text, int max) {
        if (text.length() <= max) {
            return List.of(new Piece(text, "text"));
        }
        return List.of(new Piece(text.substring(0, max), "text"), new Piece("…", "gap"));
    }
}
