package org.unkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether what a text puts in parentheses after a name is that name's short form, as the United Nations defines one:
 * an acronym of the name's words in order, ending with its last word ({@code Economic Community of West African
 * States (ECOWAS)}, {@code United Nations Assistance Mission for Rwanda (UNAMIR)}), or the name's head with some of
 * the words before it ({@code … Monitoring Team (the Monitoring Team)}). A remark is not a short form
 * ({@code Arusha Peace Agreement (including its Protocols)}), nor is the short form of a body named inside the
 * name ({@code Statute of the International Residual Mechanism for Criminal Tribunals (the Mechanism)}).
 */
final class ShortFormRule {

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}&\\-]*\\p{Lu}[\\p{Lu}\\p{N}]*");
    private static final Pattern CONNECTOR = Pattern.compile("of|for|on|in|to|against|the|de|la|y|para|des|du");
    /** Acronyms of more words than this are not looked for: the search would grow too fast for what it finds. */
    private static final int MOST_WORDS = 24;

    private ShortFormRule() {
    }

    /** Whether {@code shortForm} is a short form of {@code name}, in either language. */
    static boolean plausible(String shortForm, String name) {
        String s = shortForm.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (s.chars().anyMatch(c -> c >= 0x2E80)) {
            return chinese(s, name.strip());
        }
        String bare = s.replaceFirst("^(?i)the\\s+", "");
        if (ACRONYM.matcher(bare).matches()) {
            return acronymOf(bare, name);
        }
        return shortFormOf(bare, name);
    }

    /** An acronym of all the name's words, in order, from its first word (after "the") to its last. */
    static boolean acronymOf(String acronym, String name) {
        List<String> words = splitWords(name.strip().replaceFirst("^(?i)the\\s+", ""));
        String letters = letters(acronym);
        return !words.isEmpty() && !letters.isEmpty() && words.size() <= MOST_WORDS
                && Character.toLowerCase(words.get(0).charAt(0)) == letters.charAt(0)
                && rest(letters, 1, words, 0, 1, new java.util.HashSet<>());
    }

    /** An acronym of the last words of a run of words, in order, ending with its last word. */
    static boolean abbreviatesPart(String acronym, String run) {
        return start(letters(acronym), splitWords(run)) >= 0;
    }

    /** Where in a text the words that an acronym abbreviates begin, among the name's words (spans in the text). */
    static int acronymStart(String acronym, String text, List<int[]> spans) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int[] w : spans) {
            int from = w[0];
            for (String part : text.substring(w[0], w[1]).split("[\\-‐–]")) {
                if (!part.isEmpty()) {
                    words.add(part);
                    starts.add(from);
                }
                from += part.length() + 1;
            }
        }
        int at = start(letters(acronym), words);
        return at < 0 ? spans.get(0)[0] : starts.get(at);
    }

    /**
     * A non-acronym short form: its last word the name's head, and its other words the name's, from the core or from
     * the complement ("the Agreement on the City of Hudaydah and Ports of Hudaydah, Salif and Ras Issa (Hudaydah
     * Agreement)").
     */
    static boolean shortFormOf(String shortForm, String name) {
        String[] sf = shortForm.strip().split("\\s+");
        if (!Character.isUpperCase(sf[0].charAt(0))) {
            return false;
        }
        List<String> core = new ArrayList<>();
        List<String> all = new ArrayList<>();
        boolean inCore = true;
        for (String w : name.strip().split("[\\s,;]+")) {
            inCore &= !CONNECTOR.matcher(w).matches();
            if (inCore) {
                core.add(w.toLowerCase(Locale.ROOT));
            }
            all.add(w.toLowerCase(Locale.ROOT));
        }
        if (core.isEmpty() || !core.get(core.size() - 1).equals(sf[sf.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String w : sf) {
            if (Character.isUpperCase(w.charAt(0)) && !all.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A Chinese short form keeps the name's characters in order and its last character (the head's). */
    private static boolean chinese(String shortForm, String name) {
        if (shortForm.length() >= name.length() || shortForm.charAt(shortForm.length() - 1) != name.charAt(name.length() - 1)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < shortForm.length(); i++) {
            at = name.indexOf(shortForm.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static String letters(String acronym) {
        return acronym.replaceAll("[^\\p{Lu}]", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> splitWords(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.strip().split("[\\s\\-‐–]+")) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (!letters.isEmpty()) {
                words.add(letters);
            }
        }
        return words;
    }

    /**
     * The index of the word the acronym's first letter abbreviates, taking the latest such word (the shortest name),
     * or -1 when the acronym is not one of these words. Each letter is a word's initial or, after an initial, a later
     * letter of the same word ("AMI" of "Assistance Mission"); any word may be passed over; the last letter falls in
     * the last word.
     */
    private static int start(String letters, List<String> words) {
        if (letters.isEmpty() || words.isEmpty()) {
            return -1;
        }
        int first = Math.max(0, words.size() - MOST_WORDS);
        for (int w = words.size() - 1; w >= first; w--) {
            String word = words.get(w).toLowerCase(Locale.ROOT);
            if (word.charAt(0) == letters.charAt(0) && rest(letters, 1, words, w, 1, new java.util.HashSet<>())) {
                return w;
            }
        }
        return -1;
    }

    /** Whether letters from {@code k} on match, the previous letter having matched word {@code w} before {@code p}. */
    private static boolean rest(String letters, int k, List<String> words, int w, int p, java.util.Set<Long> failed) {
        if (k == letters.length()) {
            return w == words.size() - 1;
        }
        // the same state reached by another way fails again: remembering it keeps the search polynomial
        long state = ((long) k << 40) | ((long) w << 20) | p;
        if (failed.contains(state)) {
            return false;
        }
        char c = letters.charAt(k);
        String word = words.get(w).toLowerCase(Locale.ROOT);
        int q = word.indexOf(c, p);
        if (q >= 0 && rest(letters, k + 1, words, w, q + 1, failed)) {
            return true;
        }
        for (int next = w + 1; next < words.size(); next++) {
            if (Character.toLowerCase(words.get(next).charAt(0)) == c && rest(letters, k + 1, words, next, 1, failed)) {
                return true;
            }
        }
        failed.add(state);
        return false;
    }
}
