package org.unkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * The matcher finds what a plain search for every name at every position finds, and resolves overlaps as it
 * promises: the longest name wins, then the leftmost; with a few names (searched one by one) and with many (the
 * automaton). Names and texts are drawn from four Chinese characters, so that names overlap often and no Latin rule
 * (word boundaries, capitals) applies.
 */
class DictionaryMatcherPropertyTest {

    private record Span(int start, int end, String text) {
    }

    @Property(tries = 1000, seed = "20261122")
    void fewNamesAsSearchingEveryNameEverywhere(
            @ForAll @Size(min = 1, max = 6) List<@StringLength(min = 2, max = 4) @Chars({'甲', '乙', '丙', '丁'}) String> names,
            @ForAll @StringLength(max = 30) @Chars({'甲', '乙', '丙', '丁'}) String text) {
        check(names, text);
    }

    @Property(tries = 300, seed = "20261122")
    void manyNamesAsSearchingEveryNameEverywhere(
            @ForAll @Size(min = 40, max = 80) List<@StringLength(min = 2, max = 5) @Chars({'甲', '乙', '丙', '丁'}) String> names,
            @ForAll @StringLength(max = 60) @Chars({'甲', '乙', '丙', '丁'}) String text) {
        check(names, text);
    }

    private static void check(List<String> names, String text) {
        Set<String> distinct = new LinkedHashSet<>(names);
        List<EntityName> labels = new ArrayList<>();
        int n = 0;
        for (String name : distinct) {
            Entity e = new Entity("https://example.org/e" + n++, "organization",
                    List.of(), Map.of(), List.of());
            labels.add(new EntityName(name, "zh", e));
        }
        List<Span> found = new DictionaryMatcher(labels).find(text).stream()
                .map(m -> new Span(m.start(), m.end(), m.text())).toList();
        assertEquals(searchEverywhere(distinct, text), found);
    }

    private static List<Span> searchEverywhere(Set<String> names, String text) {
        List<Span> all = new ArrayList<>();
        for (String name : names) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                all.add(new Span(i, i + name.length(), name));
            }
        }
        all.sort(Comparator.comparingInt((Span s) -> s.start() - s.end()).thenComparingInt(Span::start));
        List<Span> kept = new ArrayList<>();
        for (Span s : all) {
            if (kept.stream().noneMatch(k -> k.start() < s.end() && s.start() < k.end())) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Span::start));
        return kept;
    }
}
