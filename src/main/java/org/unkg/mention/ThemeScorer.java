package org.unkg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.unkg.structure.ParagraphKind;
import org.unkg.common.CharacterForms;

/**
 * Weighs the evidence for a document's themes and decides which are its themes and which its main ones.
 *
 * <p>A theme is one of the document's themes when its trigger terms, counted over all paragraphs, weigh at least one:
 * a specific phrase ({@code 文化财产}, {@code cultural property}) or a named instance of its trigger class weighs one,
 * a bare word ({@code 海盗}, {@code piracy}) a half, so that a passing word does not make a theme but a phrase that
 * names it does. A bare word where the Council decides (an operative paragraph) or in the lead paragraph makes a
 * theme too if it weighs enough to be a main one: a three-paragraph resolution that decides that negotiations start
 * is about their settlement, although it says so once. The themes of the document's agenda item, and those its title or agenda item names, are always among
 * them.
 *
 * <p>Which themes are main is a matter of where the evidence stands, as a librarian reading the document would judge
 * it: what the Council decides (operative paragraphs) counts more than what it recalls (preambular ones); each
 * paragraph counts once, however often it repeats a term, so that a theme treated in many paragraphs outweighs one
 * repeated in a single list; the agenda item and the title outweigh the body. The main themes are the heaviest, at
 * most eight, those that weigh enough for the document's length, and never none: the heaviest theme is always main.
 *
 * <p>A country the document is about is its situation: where no situation (a theme of a place: the Cyprus question,
 * Iraq-Kuwait) is among the document's themes, the situation of the country it names most, weighed as a theme is, is
 * one of them, provided that it weighs at least one and more than any other country (a resolution on the hostages in
 * Tehran names Iran more than the United States; a list of applicants for membership names none most).
 */
final class ThemeScorer {

    /** What the trigger terms of a theme must weigh in a document for it to be one of the document's themes. */
    private static final double THRESHOLD = 1.0;
    /** What a theme's place-weighed uses must reach for it to be a theme however few its uses: a word where it decides. */
    private static final double DECISIVE = 0.5;
    private static final double BARE_WORD = 0.5;
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");

    /** How much a paragraph counts by its kind: what the Council decides over what it recalls. */
    private static final double OPERATIVE = 1.0;
    private static final double PREAMBULAR = 0.5;
    private static final double OTHER = 0.75;
    /** What one paragraph can give a theme, however many of its terms it uses. */
    private static final double PARAGRAPH_CAP = 1.0;
    /** The first paragraph says what a document is about more often than the later ones do. */
    private static final int LEAD_PARAGRAPHS = 1;
    private static final double LEAD = 2.0;
    /** What the agenda item's own themes, and a theme the title or the agenda item names, add. */
    private static final double AGENDA_ITEM = 4.0;
    private static final double HEADING = 2.0;
    /**
     * A main theme weighs at least this, and at least this much per paragraph of the document: a long document treats
     * more subjects in passing, so that what it is about must weigh more.
     */
    private static final double MAIN_MINIMUM = 0.5;
    private static final double MAIN_PER_PARAGRAPH = 0.03;
    static final int MAIN_MAXIMUM = 8;

    private final Map<String, Double> uses = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final Set<String> headed = new LinkedHashSet<>();
    private final Map<String, Double> placeWeights = new HashMap<>();
    private final Predicate<String> isSituation;
    private final Function<String, List<String>> situationsOf;
    private final Function<String, List<String>> broaderOf;
    private int paragraphs;

    /**
     * A scorer that knows which themes are situations, the situations (theme IRIs) that naming a place (a country's
     * IRI) may signal, and the broader themes of a theme.
     */
    ThemeScorer(Predicate<String> isSituation, Function<String, List<String>> situationsOf,
            Function<String, List<String>> broaderOf) {
        this.isSituation = isSituation;
        this.situationsOf = situationsOf;
        this.broaderOf = broaderOf;
    }

    /**
     * How much one use of a trigger term tells: a phrase of two words, or four Chinese characters, says more. The term
     * is the vocabulary's, so that the weight does not hang on how the text was broken or spaced.
     */
    static double weight(String term) {
        String t = CharacterForms.fold(term).strip();
        boolean chinese = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        boolean phrase = chinese ? t.codePointCount(0, t.length()) >= 4 : WORD_BREAK.split(t).length >= 2;
        return phrase ? 1.0 : BARE_WORD;
    }

    /**
     * The next paragraph of the document, with the weight of the uses of each theme's terms in it and the places
     * (countries' IRIs) it names.
     */
    void paragraph(ParagraphKind kind, Map<String, Double> themeUses, Set<String> places) {
        double place = place(kind) * (paragraphs < LEAD_PARAGRAPHS ? LEAD : 1.0);
        paragraphs++;
        themeUses.forEach((theme, used) -> {
            uses.merge(theme, used, Double::sum);
            weights.merge(theme, place * Math.min(used, PARAGRAPH_CAP), Double::sum);
        });
        places.forEach(p -> placeWeights.merge(p, place, Double::sum));
    }

    private static double place(ParagraphKind kind) {
        return switch (kind) {
            case OPERATIVE -> OPERATIVE;
            case PREAMBULAR -> PREAMBULAR;
            default -> OTHER;
        };
    }

    /** Themes the document's title or agenda item names. */
    void heading(Set<String> themes) {
        themes.forEach(t -> {
            headed.add(t);
            weights.merge(t, HEADING, Double::sum);
        });
    }

    /** The themes of the agenda item the document was considered under. */
    void agendaItem(List<String> themes) {
        themes.forEach(t -> {
            headed.add(t);
            weights.merge(t, AGENDA_ITEM, Double::sum);
        });
    }

    /** The document's themes, heaviest first (then by IRI), its main ones marked. */
    List<DocumentTheme> themes() {
        List<String> chosen = new ArrayList<>(headed);
        Set<String> decisiveOnly = new HashSet<>();
        uses.forEach((t, w) -> {
            if (!headed.contains(t) && (w >= THRESHOLD || weights.get(t) >= DECISIVE)) {
                chosen.add(t);
                if (w < THRESHOLD) {
                    decisiveOnly.add(t);
                }
            }
        });
        if (chosen.stream().noneMatch(isSituation)) {
            mostNamedPlace().ifPresent(place -> situationsOf.apply(place).stream().sorted().forEach(t -> {
                weights.merge(t, placeWeights.get(place), Math::max);
                if (!chosen.contains(t)) {
                    chosen.add(t);
                }
            }));
        }
        chosen.sort(Comparator.comparingDouble((String t) -> -weights.getOrDefault(t, 0.0))
                .thenComparing(Comparator.naturalOrder()));
        double floor = Math.max(MAIN_MINIMUM, MAIN_PER_PARAGRAPH * paragraphs);
        List<DocumentTheme> themes = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            double w = weights.getOrDefault(chosen.get(i), 0.0);
            boolean main = i == 0 || i < MAIN_MAXIMUM && w >= floor;
            if (!main && decisiveOnly.contains(chosen.get(i))) {
                continue;
            }
            themes.add(new DocumentTheme(chosen.get(i), Math.round(w * 1000) / 1000.0, main));
        }
        return withRegions(themes);
    }

    /**
     * A main situation that belongs to a broader one (Lebanon, the Golan, the Palestine question to the Middle East;
     * Bosnia and Herzegovina to the former Yugoslavia) brings the broader one among the main themes as well: the
     * Council considers the narrower under the broader's agenda item, and a librarian indexes both.
     */
    private List<DocumentTheme> withRegions(List<DocumentTheme> themes) {
        Set<String> main = new LinkedHashSet<>();
        themes.stream().filter(DocumentTheme::main).forEach(t -> main.add(t.iri()));
        List<DocumentTheme> added = new ArrayList<>();
        for (DocumentTheme t : themes) {
            if (!t.main() || !isSituation.test(t.iri())) {
                continue;
            }
            for (String region : broaderOf.apply(t.iri())) {
                if (isSituation.test(region) && !main.contains(region) && main.size() < MAIN_MAXIMUM) {
                    main.add(region);
                    added.add(new DocumentTheme(region, t.weight(), true));
                }
            }
        }
        if (added.isEmpty()) {
            return themes;
        }
        Set<String> regions = new HashSet<>();
        added.forEach(a -> regions.add(a.iri()));
        List<DocumentTheme> all = new ArrayList<>(themes.stream().filter(t -> !regions.contains(t.iri())).toList());
        all.addAll(added);
        all.sort(Comparator.comparingDouble((DocumentTheme t) -> -t.weight()).thenComparing(DocumentTheme::iri));
        return all;
    }

    /** The place the document names most, if one weighs enough and more than any other. */
    private Optional<String> mostNamedPlace() {
        List<Map.Entry<String, Double>> ranked = placeWeights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < THRESHOLD
                || ranked.size() > 1 && ranked.get(1).getValue() >= ranked.get(0).getValue()) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).getKey());
    }
}
