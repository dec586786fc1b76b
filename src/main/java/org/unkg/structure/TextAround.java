package org.unkg.structure;

/** Looking around a position of a text, past white space: what the break rules of both languages ask. */
final class TextAround {

    private TextAround() {
    }

    /** The index of the last character before {@code at} and not before {@code from} that is not white, or -1. */
    static int lastBefore(String text, int from, int at) {
        int i = at - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= from ? i : -1;
    }

    /** The index of the first character at or after {@code at} that is not white, or the text's length. */
    static int firstFrom(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The text from {@code from} to {@code at}, without white space at its ends. */
    static String between(String text, int from, int at) {
        return text.substring(from, at).strip();
    }

    /** Whether the text before {@code at} ends with one of {@code ends}, a closing quote or bracket after it allowed. */
    static boolean endsWithOneOf(String text, int from, int at, String ends, String closers) {
        int i = lastBefore(text, from, at);
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if (closers.indexOf(c) >= 0) {
            int j = lastBefore(text, from, i);
            return j >= 0 && ends.indexOf(text.charAt(j)) >= 0;
        }
        return ends.indexOf(c) >= 0;
    }

    /** The number written in ASCII digits at {@code at}, as many as {@code max}, or -1 when none starts there. */
    static int numberAt(String text, int at, int max) {
        int n = 0;
        int i = at;
        while (i < text.length() && i - at < max && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            n = n * 10 + text.charAt(i) - '0';
            i++;
        }
        if (i == at || i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            return -1;
        }
        return n;
    }

    /** How many ASCII digits start at {@code at}. */
    static int digitsAt(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - at;
    }
}
