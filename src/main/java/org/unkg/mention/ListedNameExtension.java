package org.unkg.mention;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names that begin with a listed body's or group's name and that the text shows to be names of their own by
 * the acronym it defines for the whole: "the Islamic State in the Greater Sahara (ISGS)" is not the Islamic State,
 * nor "Al-Qaida in the Arabian Peninsula (AQAP)" Al-Qaida. Without such an acronym, a listed name with a place after
 * it ("the African Union in Somalia") stays the listed entity, in a place.
 */
final class ListedNameExtension {

    /** A place or purpose in capitals after the listed name, up to an acronym in parentheses. */
    private static final Pattern EXTENSION = Pattern.compile("^\\s+(?:in|of|for|on)\\s+(?:the\\s+)?"
            + "(?:\\p{Lu}[\\p{L}'’\\-]*\\s+(?:(?:of|and|the|for|in)\\s+)*){0,5}?\\p{Lu}[\\p{L}'’\\-]*"
            + "(?=\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}\\-]{2,9})\\))");

    private ListedNameExtension() {
    }

    /** The longer name that the mention {@code m} of the listed {@code entity} begins in {@code text}, if any. */
    static Optional<FoundName> of(String text, Mention m, Entity entity) {
        if (!"group".equals(entity.kind()) && !"organization".equals(entity.kind())) {
            return Optional.empty();
        }
        Matcher x = EXTENSION.matcher(text).region(m.end(), text.length());
        if (!x.find()) {
            return Optional.empty();
        }
        String acronym = x.group(1);
        String name = text.substring(m.start(), x.end());
        if (!initials(name).equals(acronym.replaceAll("[^\\p{Lu}]", ""))
                || entity.altLabels().stream().anyMatch(l -> l.text().equals(acronym))) {
            return Optional.empty();
        }
        HeadWords.Head head = HeadWords.organization();
        return Optional.of(new FoundName(m.start(), x.end(), name, head.kind(), head.types(), Optional.of(acronym)));
    }

    /**
     * The initials of the name's capitalised words and hyphenated parts, in order: the acronym must be exactly these,
     * so that "IGAD in Somalia (IGASOM)", an acronym of a longer name the text does not give, is not taken for one.
     */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.split("[\\s\\-‐–]+")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                initials.append(part.charAt(0));
            }
        }
        return initials.toString();
    }
}
