package org.unkg.serve.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The served dataset's jena-text index, read directly with Lucene: one reader opened for the life of the server (the
 * store is never changed while it is served), where {@code text:query} opens one per call, and the total number of
 * matches counted by Lucene as it ranks, where SPARQL would have to read every match to count them. Fields and
 * analyzers are jena-text's: a literal tagged {@code zh} is indexed under {@code text_zh} (or {@code label_zh}) with
 * the analyzer {@code config.ttl} gives Chinese, and its value is stored under {@code text} (or {@code label}) with
 * its subject under {@code uri} and its graph under {@code graph}.
 */
final class LuceneIndex implements AutoCloseable {

    /**
     * One index entry that matched.
     *
     * @param uri   the subject of the indexed statement
     * @param graph its named graph
     * @param value the indexed literal's text
     * @param score Lucene's score
     */
    record Entry(String uri, String graph, String value, float score) {
    }

    /**
     * The best entries of a search and how many matched in all.
     *
     * @param top   the best entries, best first
     * @param total every entry that matched
     */
    record Matches(List<Entry> top, long total) {
    }

    private final TextIndexLucene index;
    private final IndexSearcher searcher;

    private LuceneIndex(TextIndexLucene index, IndexSearcher searcher) {
        this.index = index;
        this.searcher = searcher;
    }

    /** The Lucene index of a jena-text dataset, or of the wrapper in whose context text:query finds it. */
    static LuceneIndex of(DatasetGraph dataset) {
        TextIndex text = dataset instanceof DatasetGraphText d ? d.getTextIndex()
                : dataset.getContext() == null ? null : dataset.getContext().get(TextQuery.textIndex);
        if (!(text instanceof TextIndexLucene lucene)) {
            throw new IllegalStateException("the served dataset has no Lucene text index");
        }
        try {
            return new LuceneIndex(lucene, new IndexSearcher(DirectoryReader.open(lucene.getDirectory())));
        } catch (IOException e) {
            throw new UncheckedIOException("the text index could not be opened", e);
        }
    }

    /** The field a property's literals in {@code lang} are analyzed under. */
    static String field(String property, String lang) {
        return property + "_" + lang;
    }

    /** The field that holds each entry's named graph, unanalyzed. */
    String graphField() {
        return index.getDocDef().getGraphField();
    }

    /** The analyzer that read the index's fields, chosen by field name. */
    Analyzer analyzer() {
        return index.getQueryAnalyzer();
    }

    /**
     * Lucene's query syntax read on a field with the field's analyzer.
     *
     * @throws ParseException when the words are not Lucene syntax
     */
    Query parse(String field, String words) throws ParseException {
        QueryParser parser = new QueryParser(field, analyzer());
        parser.setAllowLeadingWildcard(true);
        // jena-text parses under the same lock: some analyzers are not safe to share between threads.
        synchronized (index) {
            return parser.parse(words);
        }
    }

    /** The best {@code n} entries that match {@code query}, whose value is stored under {@code storedField}. */
    Matches search(Query query, int n, String storedField) {
        try {
            // Count every match exactly: the pages say how many paragraphs matched.
            TopDocs docs = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, n), null,
                    Integer.MAX_VALUE));
            StoredFields stored = searcher.storedFields();
            List<Entry> top = new ArrayList<>(docs.scoreDocs.length);
            for (ScoreDoc sd : docs.scoreDocs) {
                Document doc = stored.document(sd.doc);
                top.add(new Entry(doc.get(index.getDocDef().getEntityField()),
                        doc.get(index.getDocDef().getGraphField()), doc.get(storedField), sd.score));
            }
            return new Matches(top, docs.totalHits.value);
        } catch (IOException e) {
            throw new UncheckedIOException("the text index could not be read", e);
        }
    }

    /** Closes the reader this searcher opened; the index itself stays open, for jena-text's own use. */
    @Override
    public void close() {
        try {
            searcher.getIndexReader().close();
        } catch (IOException e) {
            throw new UncheckedIOException("the text index's reader could not be closed", e);
        }
    }
}
