package org.unkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Trying a pattern only where its first character can stand finds what {@link Matcher#find()} finds. */
class SparseMatcherTest {

    /** Patterns with what makes positions matter: lookbehinds, word boundaries, lookaheads to the end, lists. */
    private static final List<Pattern> DIGIT_PATTERNS = List.of(
            Pattern.compile("(?<![\\d/.])(\\d{1,4})\\s*[(（]\\s*((?:19|20)\\d\\d)\\s*[)）]"),
            Pattern.compile("(?<![\\d/.,(（])(\\d{1,4})(?![\\d/]|\\s*[(（]|\\.\\d|,\\d)(?=\\s*(?:$|[,;:.)）]|(?:and|of)\\b))"),
            Pattern.compile("(?<![\\d/.A-Za-z])(\\d{1,4})/(\\d{1,4})(?![\\d/])"),
            Pattern.compile("\\b\\d+\\b"));
    private static final Pattern SYMBOL = Pattern.compile("(?<![A-Za-z\\d/])[SAE] ?/ ?[A-Za-z0-9][A-Za-z0-9.()\\-]*"
            + "(?:/ ?[A-Za-z0-9.()\\-]+)*(?: ?\\((?:\\d{4}|[IVXLC]{1,7})\\))?");

    @Property(tries = 2000, seed = "20261122")
    void sameMatchesAsFind(@ForAll @StringLength(max = 40) @Chars({'1', '9', '0', '2', ' ', '(', ')', '（', '/', '.',
            ',', 'a', 'n', 'd', 'o', 'f', 'S', 'A', 'E', 'R', 'x'}) String text) {
        for (Pattern p : DIGIT_PATTERNS) {
            assertEquals(all(p.matcher(text)), sparse(new SparseMatcher(p, text, SparseMatcher::isDigit)), p.pattern());
        }
        assertEquals(all(SYMBOL.matcher(text)),
                sparse(new SparseMatcher(SYMBOL, text, c -> c == 'S' || c == 'A' || c == 'E')));
    }

    private static List<String> all(Matcher m) {
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    private static List<String> sparse(SparseMatcher s) {
        List<String> found = new ArrayList<>();
        while (s.find()) {
            found.add(s.matcher().start() + ":" + s.matcher().group());
        }
        return found;
    }
}
