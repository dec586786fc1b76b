package org.unkg.text;

import java.util.HashSet;
import java.util.Set;
import org.unkg.common.WordList;

/**
 * Decides what a hyphen at a line's end is: the hyphen of a compound that the break fell on ({@code well-} /
 * {@code being}), which stays, or a word's hyphenation ({@code coun-} / {@code tries}), which goes. The UN does not
 * hyphenate the words of its documents at line ends, so a hyphen there is a compound's, unless the document itself
 * shows a hyphenated word: it writes the word whole elsewhere, the part before the hyphen is no word it writes alone
 * nor a prefix that English hyphenates ({@code non-}, {@code co-}, {@code self-}; {@code en-compound-prefixes.txt}),
 * and it never writes the compound with its hyphen inside a line. A second part in capitals keeps the hyphen too
 * ({@code Counter-} / {@code Terrorism}).
 */
final class LineEndHyphens {

    private static final Set<String> PREFIXES =
            WordList.load(LineEndHyphens.class, "en-compound-prefixes.txt").words();

    private final String text;
    private Set<String> hyphenated;
    private Set<String> words;

    LineEndHyphens(String wholeText) {
        this.text = wholeText;
    }

    boolean keeps(String before, String after) {
        if (Character.isUpperCase(after.charAt(0))) {
            return true;
        }
        if (hyphenated == null) {
            read();
        }
        String first = before.toLowerCase();
        return hyphenated.contains(before + "-" + after) || PREFIXES.contains(first) || words.contains(first)
                || !words.contains((before + after).toLowerCase());
    }

    /**
     * The words the document writes with a hyphen inside a line, and those it writes alone (not next to a hyphen),
     * read once for the whole text.
     */
    private void read() {
        hyphenated = LineJoiner.hyphenatedWords(text);
        words = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            boolean hyphenBefore = start > 0 && text.charAt(start - 1) == '-';
            boolean hyphenAfter = i < n && text.charAt(i) == '-';
            if (!hyphenBefore && !hyphenAfter) {
                words.add(text.substring(start, i).toLowerCase());
            }
        }
    }
}
