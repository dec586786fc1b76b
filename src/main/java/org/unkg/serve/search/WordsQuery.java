package org.unkg.serve.search;

import java.util.regex.Pattern;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene query of a search's words on one field. The words are read in Lucene's syntax, as {@code text:query}
 * reads them (any word matches); when they are plain words, two clauses that match only some of those paragraphs
 * add to the score:
 * <ul>
 * <li>every word present: a paragraph about "financing of terrorism" has both words, one that says "terrorism" in
 * passing has one;</li>
 * <li>the words near one another in the order typed: "peacekeeping mandate" as a phrase is one subject, the two words
 * sentences apart are two.</li>
 * </ul>
 * Words with quotes, operators or wildcards say what they want matched and are searched as written.
 */
final class WordsQuery {

    /**
     * Added to a paragraph that has every word: Lucene's score for the words once more at half weight, so that all
     * words outrank most words without one frequent word's score being drowned.
     */
    static final float ALL_WORDS = 0.5f;
    /**
     * Added to a paragraph where the words stand together: at the full weight of the words themselves, since the
     * words as a phrase are what was asked (a paragraph with the phrase scores about twice one with the words apart).
     */
    static final float PHRASE = 0.5f;
    /**
     * Positions the words of the phrase may move: a few words between them still read as one expression ("financing
     * of terrorist acts" for "financing terrorist acts"), a sentence between them does not.
     */
    static final int SLOP = 3;

    /** Quotes, operators, wildcards, fuzzy or boosted terms, fields: what makes words Lucene syntax. */
    private static final Pattern SYNTAX =
            Pattern.compile("[\"*?~^:\\\\]|(^|\\s)[+\\-!]|\\b(AND|OR|NOT)\\b|&&|\\|\\|");

    private WordsQuery() {
    }

    /**
     * The query of {@code words} on {@code field}.
     *
     * @throws ParseException when the words are not Lucene syntax even with every special character escaped
     */
    static Query of(LuceneIndex index, String field, String words) throws ParseException {
        Query asked;
        try {
            asked = index.parse(field, words);
        } catch (ParseException e) {
            // Words such as "1373 (2001" or "S/RES/1373" are not Lucene syntax: search them as plain words.
            asked = index.parse(field, QueryParserBase.escape(words));
        }
        if (SYNTAX.matcher(words).find()) {
            return asked;
        }
        QueryBuilder builder = new QueryBuilder(index.analyzer());
        Query all = builder.createBooleanQuery(field, words, BooleanClause.Occur.MUST);
        Query phrase = builder.createPhraseQuery(field, words, SLOP);
        if (all == null || phrase == null || !(all instanceof BooleanQuery b) || b.clauses().size() < 2) {
            return asked;
        }
        return new BooleanQuery.Builder()
                .add(asked, BooleanClause.Occur.MUST)
                .add(new BoostQuery(all, ALL_WORDS), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(phrase, PHRASE), BooleanClause.Occur.SHOULD)
                .build();
    }
}
