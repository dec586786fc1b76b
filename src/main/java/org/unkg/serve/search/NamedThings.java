package org.unkg.serve.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.unkg.common.IriScheme;

/**
 * The things whose names match a search's words, and among them the things the words name: a body, an instrument,
 * a country, a theme whose name, short form or acronym stands whole among the words ("CTED", "1267 Committee",
 * "反恐执行局", "financing of terrorism"), and the resolutions the words cite by number and year ("1373 (2001)",
 * "第1373（2001）号决议"). A thing whose name only shares a word with them ("Counter-Terrorism Committee" for
 * "financing of terrorism") matches without being named.
 */
final class NamedThings {

    /** Index entries read to find distinct things: a name is indexed once per graph that holds it. */
    private static final int ENTRIES = 2000;
    /** Distinct things looked at; the page lists fewer. */
    private static final int THINGS = 40;

    /** A resolution cited as "1373 (2001)", "resolution 1373 (2001)", "第1373（2001）号决议". */
    private static final Pattern RESOLUTION = Pattern.compile("(\\d{1,4})\\s*[(（]\\s*((?:19|20)\\d\\d)\\s*[)）]");

    /**
     * A thing whose name matched.
     *
     * @param iri     its IRI
     * @param score   Lucene's best score of its names
     * @param named   the words of its name when they all stand among the search's words, else empty
     */
    record Thing(String iri, float score, Set<String> named) {
        int matched() {
            return named.size();
        }
    }

    private NamedThings() {
    }

    /** The resolutions the words cite, as document IRIs, in the order written. */
    static List<String> resolutions(String words, IriScheme iris) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = RESOLUTION.matcher(words);
        while (m.find()) {
            found.add(iris.document("S/RES/" + Integer.parseInt(m.group(1)) + "(" + m.group(2) + ")"));
        }
        return List.copyOf(found);
    }

    /**
     * The things whose names match the words in the languages given, those the words name first (the most words
     * covered first), then the others by score; only things with IRIs under {@code entityBase}.
     */
    static List<Thing> find(LuceneIndex index, String words, List<String> langs, String entityBase)
            throws ParseException {
        Map<String, Thing> things = new LinkedHashMap<>();
        for (String lang : langs) {
            String field = LuceneIndex.field("label", lang);
            Query query = WordsQuery.of(index, field, words);
            Set<String> asked = terms(index.analyzer(), field, words);
            for (LuceneIndex.Entry e : index.search(query, ENTRIES, "label").top()) {
                if (e.uri() == null || !e.uri().startsWith(entityBase)) {
                    continue;
                }
                Set<String> name = terms(index.analyzer(), field, e.value() == null ? "" : e.value());
                Set<String> named = asked.containsAll(name) ? name : Set.of();
                Thing before = things.get(e.uri());
                if (before == null) {
                    if (things.size() >= THINGS) {
                        continue;
                    }
                    things.put(e.uri(), new Thing(e.uri(), e.score(), named));
                } else if (named.size() > before.matched() || e.score() > before.score()) {
                    things.put(e.uri(), new Thing(e.uri(), Math.max(e.score(), before.score()),
                            named.size() > before.matched() ? named : before.named()));
                }
            }
        }
        List<Thing> sorted = new ArrayList<>(things.values());
        sorted.sort(Comparator.comparingInt(Thing::matched).reversed()
                .thenComparing(Comparator.comparingDouble(Thing::score).reversed()).thenComparing(Thing::iri));
        return sorted;
    }

    /**
     * The things the words name most fully: a name covering "financing" and "terrorism" leaves out one covering
     * "terrorism" alone, which the words mention only as part of the other.
     */
    static List<String> mostFullyNamed(List<Thing> things) {
        List<Thing> named = things.stream().filter(t -> t.matched() > 0).toList();
        return named.stream()
                .filter(t -> named.stream()
                        .noneMatch(u -> u.matched() > t.matched() && u.named().containsAll(t.named())))
                .map(Thing::iri).toList();
    }

    /** The terms an analyzer makes of a text on a field. */
    static Set<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
