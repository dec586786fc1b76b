package org.unkg.mention;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie.Hit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.unkg.common.CharacterForms;

/**
 * Finds names in text with one Aho-Corasick automaton over every name's skeleton ({@link Skeleton}); where names
 * overlap the longest wins. A name in Latin letters must stand on word boundaries in the original text; an acronym
 * ({@code CTED}, {@code AU}, or full-width {@code ＣＴＥＤ}) must appear in capitals; Chinese names match anywhere, since
 * Chinese has no spaces.
 *
 * <p>The automaton is a double-array trie: every paragraph of every document goes through it twice (names and theme
 * triggers), and a trie whose transitions are arrays rather than maps of boxed characters reads several times faster.
 */
public final class DictionaryMatcher {

    /**
     * A name found: the entity, the span in the searched text ({@code end} exclusive, UTF-16 indices), the text there,
     * and the name of the dictionary it matched, as the vocabulary writes it.
     */
    public record Match(Entity entity, int start, int end, String text, String name) {

        public Match(Entity entity, int start, int end, String text) {
            this(entity, start, end, text, text);
        }
    }

    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s\\-\u2010-\u2014]");
    /** Two capitals, or a capital and a digit ({@code M23}, {@code G7}): written so, never in lower case. */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z0-9&.']*[A-Z][A-Z0-9&.']*[A-Z0-9][A-Z0-9&.']*");
    /** Latin names shorter than this (after skeletonizing) are too ambiguous unless they are acronyms. */
    private static final int SHORTEST_LATIN = 4;

    /** Longest first, then leftmost: the order in which overlapping names give way to each other. */
    private static final Comparator<Hit<String>> LONGEST_FIRST =
            Comparator.<Hit<String>>comparingInt(h -> h.begin - h.end).thenComparingInt(h -> h.begin);

    /**
     * Up to this many names (the short forms a document defines) are looked for one by one: building an automaton
     * costs more than a few searches for a word.
     */
    private static final int FEW = 16;

    /** The automaton, or null for a few names. */
    private final AhoCorasickDoubleArrayTrie<String> trie;
    private final Map<String, EntityName> byKey;
    /** The keys of the names the dictionary lists in lower case, as some documents write them. */
    private final Set<String> inLowerCase = new HashSet<>();
    /** The acronyms among the names, by key, in the compact form that a match must have. */
    private final Map<String, String> acronyms = new HashMap<>();

    public DictionaryMatcher(List<EntityName> labels) {
        Map<String, EntityName> keys = new HashMap<>();
        for (EntityName l : labels) {
            String key = Skeleton.key(l.text());
            if (key.length() < 2 || isLatin(key) && key.length() < SHORTEST_LATIN && !isAcronym(l.text())) {
                continue;
            }
            if (l.text().chars().noneMatch(Character::isUpperCase)) {
                inLowerCase.add(key);
            }
            EntityName earlier = keys.putIfAbsent(key, l);
            // a skeleton two entities share would link the wrong one half the time: drop it
            if (earlier != null && !earlier.entity().iri().equals(l.entity().iri()) && !isAcronym(earlier.text())) {
                keys.put(key, null);
            }
        }
        keys.values().removeIf(Objects::isNull);
        this.byKey = keys;
        keys.forEach((key, l) -> {
            if (isAcronym(l.text())) {
                acronyms.put(key, compact(l.text()));
            }
        });
        if (keys.size() <= FEW) {
            this.trie = null;
        } else {
            Map<String, String> keywords = new TreeMap<>();
            keys.keySet().forEach(k -> keywords.put(k, k));
            this.trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(keywords);
        }
    }

    public List<Match> find(String text) {
        return find(text, Skeleton.of(text));
    }

    /** Finds names in a text whose skeleton the caller already made (to look it up in more than one dictionary). */
    public List<Match> find(String text, Skeleton skeleton) {
        if (byKey.isEmpty()) {
            return List.of();
        }
        // A name that fails its checks gives way before overlaps are settled, so that it cannot hide the name it
        // overlaps ("UNITAF" in "UNITA forces").
        List<Hit<String>> valid = new ArrayList<>();
        for (Hit<String> hit : hits(skeleton.text())) {
            if (valid(text, skeleton, hit)) {
                valid.add(hit);
            }
        }
        List<Match> matches = new ArrayList<>();
        for (Hit<String> hit : withoutOverlaps(valid)) {
            int start = skeleton.start(hit.begin);
            int end = skeleton.endAfter(hit.end - 1);
            EntityName label = byKey.get(hit.value);
            matches.add(new Match(label.entity(), start, end, text.substring(start, end), label.text()));
        }
        return matches;
    }

    /**
     * A Latin name stands on word boundaries; an acronym is written as the acronym; a name is written with a capital
     * (or a number: "the 1267 committee") unless the dictionary lists it in lower case, as the documents write some
     * names ("the multinational stabilization force", "the provisional rules of procedure"): in lower case a name's
     * words are common nouns ("a transitional national charter", "a focal point", "the comprehensive peace agreement
     * signed in Libreville") or other words run together ("to go" is not Togo).
     */
    private boolean valid(String text, Skeleton skeleton, Hit<String> hit) {
        int start = skeleton.start(hit.begin);
        int end = skeleton.endAfter(hit.end - 1);
        if (isLatin(hit.value) && !onWordBoundaries(text, start, end)) {
            return false;
        }
        if (isLatin(hit.value) && !inLowerCase.contains(hit.value) && !capitalOrDigit(text, start, end)) {
            return false;
        }
        String acronym = acronyms.get(hit.value);
        return acronym == null || compact(text.substring(start, end)).equals(acronym);
    }

    /** Every occurrence of every name's skeleton, overlapping or not. */
    private List<Hit<String>> hits(String skeleton) {
        if (trie != null) {
            return trie.parseText(skeleton);
        }
        List<Hit<String>> hits = new ArrayList<>();
        for (String key : byKey.keySet()) {
            for (int i = skeleton.indexOf(key); i >= 0; i = skeleton.indexOf(key, i + 1)) {
                hits.add(new Hit<>(i, i + key.length(), key));
            }
        }
        return hits;
    }

    /**
     * Where names overlap, the longest wins, and of two as long the leftmost; the survivors in text order. Each kept
     * name marks its characters, so that a name is dropped as soon as one of its characters is taken.
     */
    private static List<Hit<String>> withoutOverlaps(List<Hit<String>> hits) {
        if (hits.size() < 2) {
            return hits;
        }
        hits.sort(LONGEST_FIRST);
        BitSet taken = new BitSet();
        List<Hit<String>> kept = new ArrayList<>();
        for (Hit<String> h : hits) {
            int next = taken.nextSetBit(h.begin);
            if (next < 0 || next >= h.end) {
                taken.set(h.begin, h.end);
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(h -> h.begin));
        return kept;
    }

    /** Whether the text from {@code start} to {@code end} holds a capital or a digit, read in place: every hit asks. */
    private static boolean capitalOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onWordBoundaries(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean isLatin(String key) {
        char first = key.charAt(0);
        char last = key.charAt(key.length() - 1);
        return first < 0x2E80 && last < 0x2E80 && (Character.isLetterOrDigit(first) || Character.isLetterOrDigit(last));
    }

    /** Whether a name is written as an acronym is ({@code CTED}, {@code M23}, {@code FC-G5S}, full-width or not). */
    static boolean isAcronym(String name) {
        return ACRONYM.matcher(compact(name)).matches();
    }

    /** A name without spaces and hyphens, in ordinary forms: the form an acronym is compared in. */
    private static String compact(String s) {
        return SPACES_AND_HYPHENS.matcher(CharacterForms.fold(s)).replaceAll("");
    }
}
