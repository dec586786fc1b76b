package org.unkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.common.Unkg;
import org.unkg.common.WordList;

/**
 * Finds the people a document lists with their nationality in parentheses, as the Council lists the judges whose
 * terms it extends and the candidates it elects or appoints ("- Carmel Agius (Malta) - Liu Daqun (China)", "appoints
 * Serge Brammertz (Belgium)"): a name of two to five words right before a country's name in parentheses, where an item
 * of a list opens or after the verb that elects or appoints. The country in parentheses is what tells a person from
 * a body named before its acronym ("the Monitoring Board (JCMB)"), so nothing else is taken for a listing.
 */
final class NationalityListedPersonFinder {

    /**
     * A word of a name: capitalized, or an initial; a syllable before a hyphen may be a capital alone ("O-Gon"); the
     * replacement character stands for a letter that a wrong encoding lost ("Fl\uFFFDgge").
     */
    private static final String WORD = "\\p{Lu}(?:[\\p{Ll}'’\uFFFD]+|(?=-))(?:-\\p{Lu}?[\\p{Ll}'’\uFFFD]+)*|\\p{Lu}\\.";
    private static final Pattern NAME_AT_END = Pattern.compile(
            "(?<![\\p{L}\\p{N}.'’-])(?:" + WORD + ")(?:\\s+(?:(?:" + TitledPersonFinder.PARTICLE + ")\\s+)?(?:" + WORD
                    + ")){1,4}\\s*$");
    /** What may stand before a listed name: an item's mark, a separator, the list's opening, or the deciding verb. */
    private static final Pattern OPENS_ITEM = Pattern.compile(
            "(?:[-–—•;:,]|\\band|\\b(?:re)?(?:appoint|elect|nominate)s?)\\s*(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+|Judges?\\s+)?$");
    /** A title the list writes before a name ("- Judge William H. Sekule (United Republic of Tanzania)"). */
    private static final Pattern TITLE = Pattern.compile("^(?:(?:Mr|Mrs|Ms|Dr)\\.?|Judges?|Professor|Sir|Dame|Ambassador)\\s+");
    private static final Set<String> PLACE_WORDS =
            WordList.load(NationalityListedPersonFinder.class, "en-place-words.txt").words();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** How far before the parenthesis a listed name may begin. */
    private static final int REACH = 80;

    /**
     * The listed people of a paragraph's text, given the vocabulary's mentions in it and which of their targets are
     * countries.
     */
    List<FoundName> find(String text, List<Mention> mentions, Predicate<Mention> isCountry) {
        List<FoundName> found = new ArrayList<>();
        for (Mention m : mentions) {
            if (!isCountry.test(m)) {
                continue;
            }
            int open = openingParenthesis(text, m.start());
            if (open < 0 || !closes(text, m.end())) {
                continue;
            }
            int from = Math.max(0, open - REACH);
            Matcher name = NAME_AT_END.matcher(text).region(from, open);
            if (!name.find()) {
                continue;
            }
            int end = name.start() + name.group().stripTrailing().length();
            Matcher title = TITLE.matcher(name.group());
            int start = name.start() + (title.find() ? title.end() : 0);
            if (!text.substring(0, start).isBlank()
                    && !OPENS_ITEM.matcher(text).region(Math.max(0, start - REACH), start).find()
                    || mentions.stream().anyMatch(x -> x.start() < end && start < x.end())) {
                continue;
            }
            String written = text.substring(start, end);
            if (!written.contains(" ") || TitledPersonFinder.namesABody(written) || namesAPlace(written)) {
                continue;
            }
            found.add(new FoundName(start, end, written, "person", List.of(Unkg.PERSON), Optional.empty()));
        }
        return found;
    }

    /**
     * Whether a country's mention is the nationality the list gives a person ("Carmel Agius (Malta)"): it tells who
     * the person is, not what the document is about.
     */
    static boolean isNationality(String text, Mention country, List<Mention> mentions, Predicate<String> isPerson) {
        int open = openingParenthesis(text, country.start());
        if (open < 0 || !closes(text, country.end())) {
            return false;
        }
        return mentions.stream().anyMatch(m -> isPerson.test(m.target()) && m.end() <= open
                && text.substring(m.end(), open).isBlank());
    }

    private static boolean namesAPlace(String name) {
        for (String w : SPACES.split(name)) {
            if (PLACE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Where the parenthesis opens right before a country's name ("(Malta)", "(the Netherlands)"), or -1. */
    private static int openingParenthesis(String text, int countryStart) {
        int i = countryStart;
        if (i >= 4 && text.regionMatches(true, i - 4, "the ", 0, 4)) {
            i -= 4;
        }
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && text.charAt(i - 1) == '(' ? i - 1 : -1;
    }

    private static boolean closes(String text, int countryEnd) {
        int i = countryEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ')';
    }
}
