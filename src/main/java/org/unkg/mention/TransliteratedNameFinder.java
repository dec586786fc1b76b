package org.unkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names of groups and movements that English text gives in transliteration from Arabic, Pashto, Urdu or
 * French, which take no English head word, by the acronym the text defines for them:
 * {@code Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)}, {@code Tehrik-e Taliban Pakistan (TTP)},
 * {@code Coopérative pour le développement du Congo (CODECO)}. The words before the acronym are a name when the
 * acronym's capitals are their initials, the name opens with a capital, and a word of it is in lower case (a particle
 * such as {@code al-}, {@code wa} or {@code -e-}, or a word of French): an English run of capitals with an acronym
 * ("Disarmament, Demobilization and Reintegration (DDR)") names a subject as often as a body, and is left to
 * {@link EnglishNameDiscoverer}, which asks for a head word.
 */
final class TransliteratedNameFinder {

    private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{Ll}\\p{N}\\-]{1,9})\\)");
    /** A word of such a name: letters, apostrophes and hyphens. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’\\-]*");
    /** A word the name can hold in lower case: a particle or article, a French or Spanish word. */
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}'’\\-]*(?:-\\p{Lu}[\\p{L}'’]*)?");
    private static final int MOST_WORDS = 8;
    /** English words in lower case: where they stand, the words before the acronym are an English phrase. */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "for", "on", "in", "to",
            "by", "with", "a", "an", "at", "as", "or", "from", "its", "their");

    /**
     * Particles of French, Spanish and Portuguese names: a name that holds one may end in a word in lower case, as
     * their names are written ("Coalition des patriotes pour le changement (CPC)"), where an English phrase ending so
     * ("Quick Impact projects (QIPs)") names no body.
     */
    private static final Set<String> ROMANCE = Set.of("des", "du", "de", "la", "le", "les", "pour", "et", "en", "au",
            "aux", "sur", "del", "los", "las", "para", "por", "y", "da", "do", "dos", "das", "e");

    List<FoundName> find(String text) {
        List<FoundName> found = new ArrayList<>();
        Matcher acronym = ACRONYM.matcher(text);
        while (acronym.find()) {
            name(text, acronym.start(), acronym.group(1)).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<FoundName> name(String text, int parenthesis, String acronym) {
        if (acronym.chars().filter(Character::isUpperCase).count() < 2) {
            return Optional.empty();
        }
        List<int[]> words = wordsBefore(text, parenthesis);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int end = words.get(words.size() - 1)[1];
        int start = ShortFormRule.acronymStart(acronym, text, words);
        String name = text.substring(start, end);
        if (!Character.isUpperCase(name.charAt(0)) || !ShortFormRule.abbreviatesPart(acronym, name)
                || words.stream().filter(w -> w[0] >= start).noneMatch(w -> lower(text, w))
                || text.substring(words.get(words.size() - 1)[0], end).chars().noneMatch(Character::isUpperCase)
                        && words.stream().filter(w -> w[0] >= start)
                                .noneMatch(w -> ROMANCE.contains(text.substring(w[0], w[1])))) {
            return Optional.empty();
        }
        HeadWords.Head head = HeadWords.organization();
        return Optional.of(new FoundName(start, end, name, head.kind(), head.types(), Optional.of(acronym)));
    }

    /** Whether a word is in lower case, or holds a particle in lower case ("Tehrik-e", "ul-Islam"). */
    private static boolean lower(String text, int[] w) {
        String word = text.substring(w[0], w[1]);
        return Character.isLowerCase(word.charAt(0)) || word.matches(".*-\\p{Ll}{1,3}(?:-.*)?");
    }

    /** The words right before {@code end}, back to the first that cannot be part of such a name, in text order. */
    private static List<int[]> wordsBefore(String text, int end) {
        List<int[]> words = new ArrayList<>();
        int i = end;
        while (words.size() < MOST_WORDS) {
            int e = i;
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e == i && !words.isEmpty() || e == 0) {
                break;
            }
            int s = e;
            while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
                s--;
            }
            String word = text.substring(s, e);
            if (!WORD.matcher(word).matches() || Character.isLowerCase(word.charAt(0))
                    && (!LOWER_WORD.matcher(word).matches() || ENGLISH.contains(word))) {
                break;
            }
            words.add(0, new int[] {s, e});
            i = s;
        }
        return words;
    }
}
