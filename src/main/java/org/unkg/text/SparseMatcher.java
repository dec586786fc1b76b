package org.unkg.text;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's matches from left to right as {@link Matcher#find()} does, but tries the pattern only where its
 * first character can stand. Java's engine tries a pattern that opens with a lookbehind or a character class at
 * every position of the text, and a paragraph holds few digits or symbol letters among its characters; trying the
 * pattern at a position is what {@code find} does there, so the matches are the same.
 *
 * <p>For patterns that never match the empty string and whose matches start with a character {@code canStart}
 * accepts. The {@link #matcher()} tells the last match's groups and offsets.
 */
public final class SparseMatcher {

    private final Matcher matcher;
    private final CharSequence text;
    private final IntPredicate canStart;
    private int from;

    public SparseMatcher(Pattern pattern, CharSequence text, IntPredicate canStart) {
        // transparent bounds: lookbehinds and \b see the text before the position tried
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.canStart = canStart;
    }

    public boolean find() {
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (canStart.test(text.charAt(i)) && matcher.region(i, n).lookingAt()) {
                from = Math.max(matcher.end(), i + 1);
                return true;
            }
        }
        from = n;
        return false;
    }

    public Matcher matcher() {
        return matcher;
    }

    /** ASCII digits, which {@code \d} means in a pattern without {@link Pattern#UNICODE_CHARACTER_CLASS}. */
    public static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
