package org.unkg.serve.pages;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.unkg.serve.site.PageLanguage;

/** The choice of one text among literals in several languages, for a reader of one language. */
final class Literals {

    private Literals() {
    }

    /**
     * The order languages are tried in for a reader of {@code lang}: that language, the other language of the pages,
     * then text without a language tag, then any other.
     */
    static List<String> preference(String lang) {
        return List.of(lang, PageLanguage.other(lang), "");
    }

    /** The lexical form of the best literal for {@code lang}; null if there is none. */
    static String pick(Collection<Node> literals, String lang) {
        Node best = best(literals, lang);
        return best == null ? null : best.getLiteralLexicalForm();
    }

    /** The best literal for {@code lang}; among equals, the first. */
    static Node best(Collection<Node> literals, String lang) {
        Node best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Node literal : literals) {
            if (!literal.isLiteral()) {
                continue;
            }
            int rank = rank(literal.getLiteralLanguage(), lang);
            if (rank < bestRank) {
                best = literal;
                bestRank = rank;
            }
        }
        return best;
    }

    /** How well a literal's language tag suits a reader: 0 best; {@code zh-Hans} counts as {@code zh}. */
    static int rank(String tag, String lang) {
        String primary = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash > 0) {
            primary = primary.substring(0, dash);
        }
        int index = preference(lang).indexOf(primary);
        return index >= 0 ? index : 3;
    }
}
