package org.unkg.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * Reads a long name that text recognition misspelt ({@code Intemational Atomic Energy Agency}, {@code Untied Nations
 * Development Programme}) as the listed name it stands for, so that the misspelling links the listed entity instead of
 * becoming a discovered one. Names are compared on their skeletons ({@link Skeleton}) with "rn" read as "m", the
 * commonest confusion of recognition, and within a bounded Damerau-Levenshtein distance (a swap of two letters is one
 * edit): one edit from 15 characters of skeleton, two from 30. Shorter names are left alone, where one letter is often
 * another word ("Protocol I", "Protocol II").
 *
 * <p>A misspelling is read as a listed name only when it cannot be another name: its numbers, in digits or Roman
 * numerals, are the same ("resolution 1518" is not "resolution 1519", "Protocol III" not "Protocol II"), it begins and ends as the listed name does (numbering letters and plurals are at
 * the end), no word of it is a word of the listed name with or without a plural "s", and exactly one entity lies
 * within the distance. A name that is itself listed never comes here: the caller matches listed names first.
 */
final class MisspeltNames {

    static final int SHORTEST = 15;
    static final int LONG = 30;
    private static final Pattern ROMAN = Pattern.compile("\\b[IVXLC]+\\b");

    private record Listed(String key, String text, Entity entity) {
    }

    private final Map<Integer, List<Listed>> byLength = new HashMap<>();
    private final DamerauLevenshteinDistance distance = new DamerauLevenshteinDistance(2);

    MisspeltNames(List<EntityName> names) {
        for (EntityName n : names) {
            if (n.entity().isTheme()) {
                continue;
            }
            String key = key(n.text());
            if (key.length() >= SHORTEST && latin(key)) {
                byLength.computeIfAbsent(key.length(), k -> new ArrayList<>()).add(new Listed(key, n.text(), n.entity()));
            }
        }
    }

    /** The one listed entity the name is a misspelling of, if any. */
    Optional<Entity> listedAs(String name) {
        String key = key(name);
        if (key.length() < SHORTEST || !latin(key)) {
            return Optional.empty();
        }
        int allowed = key.length() >= LONG ? 2 : 1;
        Entity found = null;
        for (int length = key.length() - allowed; length <= key.length() + allowed; length++) {
            for (Listed l : byLength.getOrDefault(length, List.of())) {
                if (!sameFrame(key, l.key()) || pluralOf(name, l.text())
                        || !romanNumerals(name).equals(romanNumerals(l.text()))) {
                    continue;
                }
                int d = distance.apply(key, l.key());
                if (d < 0 || d > allowed) {
                    continue;
                }
                if (found != null && !found.iri().equals(l.entity().iri())) {
                    return Optional.empty(); // two listed names as close: no guess
                }
                found = l.entity();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The skeleton with "rn" read as "m". */
    static String key(String name) {
        return Skeleton.key(name).replace("rn", "m");
    }

    /** The same numbers, the same first letter and the same last two. */
    private static boolean sameFrame(String a, String b) {
        return a.charAt(0) == b.charAt(0) && a.endsWith(b.substring(b.length() - 2))
                && a.replaceAll("\\D", "").equals(b.replaceAll("\\D", ""));
    }

    /**
     * The Roman numerals a name is numbered with ("Additional Protocol III"), in order: like its digits, they tell
     * one instrument or body from the next, one letter apart.
     */
    private static List<String> romanNumerals(String name) {
        List<String> numerals = new ArrayList<>();
        Matcher m = ROMAN.matcher(name);
        while (m.find()) {
            numerals.add(m.group());
        }
        return numerals;
    }

    /** Whether a word of one is a word of the other with a plural "s" ("Committees on …", "Committee on …"). */
    private static boolean pluralOf(String a, String b) {
        String[] x = a.toLowerCase(Locale.ROOT).split("\\s+");
        String[] y = b.toLowerCase(Locale.ROOT).split("\\s+");
        for (String u : x) {
            for (String v : y) {
                if (u.equals(v + "s") || v.equals(u + "s")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean latin(String key) {
        return key.chars().allMatch(c -> c < 0x2E80);
    }
}
