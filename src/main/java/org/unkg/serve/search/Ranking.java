package org.unkg.serve.search;

import java.util.Set;

import org.unkg.common.Unkg;

/**
 * What a paragraph's place in the results owes to more than Lucene's score of its words: its kind, its length, the
 * things it names and its themes. Each weight multiplies the score, so that each can be read on its own: a weight of
 * 1 leaves a paragraph where its words put it.
 */
final class Ranking {

    /**
     * A title names a subject without saying anything of it, and Lucene's length normalization lifts it, having
     * few words: a heading ranks as a paragraph with a third of its score.
     */
    static final double HEADING = 0.35;
    /**
     * A bulleted item of a list is often a fragment (a concept note's list of briefers, "• 反恐怖主义委员会执行局执行主任"):
     * a little below a paragraph, before its length is weighed too.
     */
    static final double LIST_ITEM = 0.8;
    /**
     * A preambular paragraph recalls and recognizes; an operative one decides and requests, which is what a reader
     * of the Council's texts looks for first, all else equal.
     */
    static final double PREAMBULAR = 0.9;
    /**
     * Below this many characters of text (about fifteen English words, or a line of Chinese, which says in a
     * character what English says in a word) a paragraph is weighed down by the square root of its share of it:
     * Lucene's BM25 favours short texts, and a fragment with the words is not a paragraph about them. Sub-paragraphs
     * are exempt: their sentence begins in the paragraph they belong to.
     */
    static final int SUBSTANCE_EN = 90;
    static final int SUBSTANCE_ZH = 30;
    /**
     * The query names a body, an instrument, a country, a person or a group (its name or acronym stands among the
     * words) and the paragraph mentions it as that thing, not merely shares words with its name.
     */
    static final double NAMES_THE_THING = 1.6;
    /** The query names a theme and the paragraph itself has that theme. */
    static final double PARAGRAPH_THEME = 1.3;
    /** The query names a theme and the paragraph's document has it among its themes. */
    static final double DOCUMENT_THEME = 1.15;

    private Ranking() {
    }

    /**
     * What is known of a candidate paragraph.
     *
     * @param kinds          its classes among the ontology's kinds of paragraph
     * @param subParagraph   whether it is a sub-paragraph of another
     * @param length         its text's length in characters
     * @param lang           its text's language
     * @param namesThing     whether it mentions a thing the query names
     * @param hasTheme       whether it has a theme the query names
     * @param documentTheme  whether its document has a theme the query names
     */
    record Features(Set<String> kinds, boolean subParagraph, int length, String lang, boolean namesThing,
                    boolean hasTheme, boolean documentTheme) {
    }

    /** The weight that multiplies Lucene's score. */
    static double weight(Features f) {
        double w = 1;
        if (f.kinds().contains(Unkg.NS + "Heading")) {
            w *= HEADING;
        } else if (f.kinds().contains(Unkg.NS + "ListItem")) {
            w *= LIST_ITEM;
        } else if (f.kinds().contains(Unkg.NS + "PreambularParagraph")) {
            w *= PREAMBULAR;
        }
        if (!f.subParagraph()) {
            int substance = f.lang().equals("zh") ? SUBSTANCE_ZH : SUBSTANCE_EN;
            if (f.length() < substance) {
                w *= Math.sqrt(Math.max(1, f.length()) / (double) substance);
            }
        }
        if (f.namesThing()) {
            w *= NAMES_THE_THING;
        }
        if (f.hasTheme()) {
            w *= PARAGRAPH_THEME;
        } else if (f.documentTheme()) {
            w *= DOCUMENT_THEME;
        }
        return w;
    }
}
