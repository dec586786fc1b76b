package org.unkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The words found from each hyphen outwards are the matches of {@code \p{L}+-\p{L}+} from left to right. */
class HyphenatedWordsTest {

    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+-\\p{L}+");

    @Property(tries = 3000, seed = "20261122")
    void sameAsThePattern(@ForAll @StringLength(max = 30) @Chars({'a', 'B', 'é', '中', '-', '-', ' ', '1', '.',
            '\uD835', '\uDC00', '\uD83D', '\uDE00'}) String text) {
        Set<String> expected = new HashSet<>();
        Matcher m = COMPOUND.matcher(text);
        while (m.find()) {
            expected.add(m.group());
        }
        assertEquals(expected, LineJoiner.hyphenatedWords(text), text);
    }
}
