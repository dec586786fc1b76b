package org.unkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * The one-pass normalizer does what its rules say, written here as the regular-expression replacements they are, on
 * text made of the characters the rules name and a few they do not.
 */
class TextNormalizerTest {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\r\n|\r\n|\r|\u0085|\u2028|\u2029");
    private static final Pattern SPACES = Pattern.compile("[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]");
    private static final Pattern INVISIBLE = Pattern.compile("[\uFEFF\u200B\u200C\u200D\u2060\u00AD]");
    private static final Pattern FORM_FEED = Pattern.compile("\f");

    /** A soft hyphen before a line's end, spaces and invisible characters between allowed, marks a broken word. */
    private static final Pattern WORD_BREAK_MARK =
            Pattern.compile("[\u00AD](?=[ \t\uFEFF\u200B\u200C\u200D\u2060\u00AD]*(?:\n|$))");

    /** Invisible characters go, but a word-break mark that only spaces and invisibles separate from a line's end. */
    private static String withoutInvisibles(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        Matcher invisible = INVISIBLE.matcher(s);
        int from = 0;
        while (invisible.find()) {
            sb.append(s, from, invisible.start());
            Matcher mark = WORD_BREAK_MARK.matcher(s).region(invisible.start(), s.length());
            if (mark.lookingAt()) {
                sb.append(invisible.group());
            }
            from = invisible.end();
        }
        return sb.append(s.substring(from)).toString();
    }

    private static String byTheRules(String text) {
        String s = LINE_BREAK.matcher(text).replaceAll("\n");
        s = withoutInvisibles(s);
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
