package org.unkg.mention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds names in text with one Aho-Corasick automaton over every name's skeleton ({@link Skeleton}); where names
 * overlap the longest wins. A name in Latin letters must stand on word boundaries in the original text; an acronym
 * ({@code CTED}, {@code AU}) must appear in capitals; Chinese names match anywhere, since Chinese has no spaces.
 */
public final class DictionaryMatcher {

    /** A name found: the entity, and the span in the searched text ({@code end} exclusive, UTF-16 indices). */
    public record Match(Entity entity, int start, int end, String text) {
    }

    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s\\-\u2010-\u2014]");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z0-9&.']*[A-Z][A-Z0-9&.']*[A-Z][A-Z0-9&.']*");
    /** Latin names shorter than this (after skeletonizing) are too ambiguous unless they are acronyms. */
    private static final int SHORTEST_LATIN = 4;

    private final Trie trie;
    private final Map<String, Label> byKey;

    public DictionaryMatcher(List<Label> labels) {
        Map<String, Label> keys = new HashMap<>();
        for (Label l : labels) {
            String key = Skeleton.key(l.text());
            if (key.length() < 2 || isLatin(key) && key.length() < SHORTEST_LATIN && !isAcronym(l.text())) {
                continue;
            }
            Label earlier = keys.putIfAbsent(key, l);
            // a skeleton two entities share would link the wrong one half the time: drop it
            if (earlier != null && !earlier.entity().iri().equals(l.entity().iri()) && !isAcronym(earlier.text())) {
                keys.put(key, null);
            }
        }
        keys.values().removeIf(java.util.Objects::isNull);
        this.byKey = keys;
        this.trie = Trie.builder().ignoreOverlaps().addKeywords(keys.keySet()).build();
    }

    public List<Match> find(String text) {
        Skeleton skeleton = Skeleton.of(text);
        Collection<Emit> emits = trie.parseText(skeleton.text());
        List<Match> matches = new ArrayList<>();
        for (Emit emit : emits) {
            Label label = byKey.get(emit.getKeyword());
            int start = skeleton.start(emit.getStart());
            int end = skeleton.endAfter(emit.getEnd());
            String found = text.substring(start, end);
            if (isLatin(emit.getKeyword()) && !onWordBoundaries(text, start, end)) {
                continue;
            }
            if (isAcronym(label.text()) && !compact(found).equals(compact(label.text()))) {
                continue;
            }
            matches.add(new Match(label.entity(), start, end, found));
        }
        return matches;
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

    private static boolean isAcronym(String name) {
        return ACRONYM.matcher(compact(name)).matches();
    }

    private static String compact(String s) {
        return SPACES_AND_HYPHENS.matcher(s).replaceAll("");
    }
}
