package org.unkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * The one-pass normalizer does what its rules say, written here as the four regular-expression replacements they
 * are, on text made of the characters the rules name and a few they do not.
 */
class TextNormalizerTest {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\r\n|\r\n|\r|\u0085|\u2028|\u2029");
    private static final Pattern SPACES = Pattern.compile("[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]");
    private static final Pattern INVISIBLE = Pattern.compile("[\uFEFF\u200B\u200C\u200D\u2060\u00AD]");
    private static final Pattern FORM_FEED = Pattern.compile("\f");

    private static String byTheRules(String text) {
        String s = LINE_BREAK.matcher(text).replaceAll("\n");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        return FORM_FEED.matcher(s).replaceAll("\n\f\n");
    }

    @Property(tries = 2000, seed = "20261122")
    void sameAsTheRules(@ForAll @StringLength(max = 40) @Chars({'\r', '\n', '\f', '\t', ' ', 'a', '\u0085', '\u2028',
            '\u2029', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000', '\uFEFF', '\u200B', '\u200C', '\u200D',
            '\u2060', '\u00AD', '\u4E2D', '\u000B'}) @CharRange(from = '\u1FFE', to = '\u200F') String text) {
        assertEquals(byTheRules(text), TextNormalizer.normalize(text));
    }

    @Property(tries = 300, seed = "20261122")
    void sameAsTheRulesOnAnyText(@ForAll String text) {
        assertEquals(byTheRules(text), TextNormalizer.normalize(text));
    }
}
