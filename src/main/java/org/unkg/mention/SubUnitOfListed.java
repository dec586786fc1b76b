package org.unkg.mention;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the departments, divisions, branches, sections, units and services of a listed international body, which
 * are names only by the body they belong to: "the Peace and Security Department of the African Union Commission",
 * "the African Union's Peace Support Operations Division", "the UNODC Terrorism Prevention Branch". Without such a
 * body a unit is a State's ("the Transvaal Division of the Supreme Court") or is only referred to ("the Police
 * Division"), and is left alone; so is a unit of a body whose name goes on past the part the vocabulary lists. A unit
 * after its body's possessive is named without it ("the African Union Peace Support Operations Division"), as such
 * names are written.
 */
final class SubUnitOfListed {

    /** Capitalised words, with "and", "of" or "for" between them, that end in a unit's word. */
    private static final String UNIT = "(?:\\p{Lu}[\\p{L}'’\\-]*\\s+(?:(?:and|of|for)\\s+)?){1,5}"
            + "(?:Department|Division|Branch|Section|Unit|Service|Cell)";
    private static final Pattern UNIT_BEFORE = Pattern.compile("(?:^|(?<=\\s))(" + UNIT + ")\\s+of\\s+(the\\s+)?$");
    private static final Pattern UNIT_AFTER = Pattern.compile("^(?:['’]s)?\\s+(" + UNIT + ")\\b");
    /** A capitalised word right after the body: its name goes on past the part the vocabulary lists. */
    private static final Pattern NAME_GOES_ON = Pattern.compile("^\\s+\\p{Lu}");
    /** How far before a body its unit's name is looked for. */
    private static final int REACH = 120;

    private SubUnitOfListed() {
    }

    /** The unit of the listed body that the mention {@code m} names in {@code text}, if the text names one. */
    static Optional<FoundName> of(String text, Mention m, Entity body) {
        if (!"organization".equals(body.kind())) {
            return Optional.empty();
        }
        HeadWords.Head head = HeadWords.organization();
        int from = Math.max(0, m.start() - REACH);
        Matcher before = UNIT_BEFORE.matcher(text.substring(from, m.start()));
        if (before.find() && !NAME_GOES_ON.matcher(text).region(m.end(), text.length()).lookingAt()) {
            int start = from + before.start(1);
            return Optional.of(new FoundName(start, m.end(), text.substring(start, m.end()), head.kind(), head.types(),
                    Optional.empty()));
        }
        Matcher after = UNIT_AFTER.matcher(text).region(m.end(), text.length());
        if (after.lookingAt()) {
            String name = m.text() + " " + after.group(1);
            return Optional.of(new FoundName(m.start(), after.end(), name, head.kind(), head.types(),
                    Optional.empty()));
        }
        return Optional.empty();
    }
}
