package org.unkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.unkg.common.CharacterForms;

/**
 * Drops the trigger terms of a theme that a vocabulary says is only part of another's formula when enumerated with it
 * ({@code unkg:enumeratedWith}): in "the sovereignty, independence and territorial integrity of Lebanon" the Charter's
 * principle is territorial integrity, and "sovereignty" says no subject of its own. The terms are one enumeration when
 * nothing but words in lower case, commas and "and" stand between them, as in a list.
 */
final class ThemeEnumerations {

    /** What may stand between two terms of one enumeration: "," / ", political independence and" / "、独立和". */
    private static final Pattern GAP = Pattern.compile("[\\p{Ll}\\p{IsHan}\\s,、]{0,60}");

    private ThemeEnumerations() {
    }

    /**
     * The trigger matches of a text less those that only make up another theme's enumeration. The text is read in
     * ordinary character forms ({@link CharacterForms#fold}, one character for one), so that a full-width comma is a
     * comma.
     */
    static List<DictionaryMatcher.Match> withoutFormulaParts(String text, List<DictionaryMatcher.Match> matches,
            Function<String, Optional<String>> enumeratedWith) {
        List<DictionaryMatcher.Match> kept = new ArrayList<>(matches.size());
        for (DictionaryMatcher.Match m : matches) {
            Optional<String> whole = enumeratedWith.apply(m.entity().iri());
            if (whole.isEmpty() || matches.stream().noneMatch(n -> n.entity().iri().equals(whole.get())
                    && enumerated(text, m, n))) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean enumerated(String text, DictionaryMatcher.Match a, DictionaryMatcher.Match b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        return from <= to && GAP.matcher(text.substring(from, to)).matches();
    }
}
