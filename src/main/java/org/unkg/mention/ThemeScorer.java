package org.unkg.mention;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unkg.common.CharacterForms;

/**
 * Decides a document's themes (IRIs) from the trigger terms found in its paragraphs. A paragraph is about every theme one
 * of whose terms it uses. For the document, each use weighs by how telling the term is: a specific phrase
 * ({@code 文化财产}, {@code cultural property}) weighs one, a bare word ({@code 海盗}, {@code piracy}) a half, so that a
 * passing word does not make a theme but a phrase that names the theme does.
 */
final class ThemeScorer {

    private static final double THRESHOLD = 1.0;
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s\\-]+");
    private static final double BARE_WORD = 0.5;

    private ThemeScorer() {
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

    static Set<String> documentThemes(List<Map<String, Double>> weightsByParagraph) {
        Map<String, Double> total = new HashMap<>();
        weightsByParagraph.forEach(m -> m.forEach((t, w) -> total.merge(t, w, Double::sum)));
        Set<String> themes = new LinkedHashSet<>();
        total.entrySet().stream().filter(e -> e.getValue() >= THRESHOLD)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> themes.add(e.getKey()));
        return themes;
    }
}
