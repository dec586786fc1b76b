package org.unkg.serve.explore;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.pages.NodeLabels;

/**
 * The date of every dated thing, read once ({@code dct:date}: the documents), and the date of a document's parts
 * (paragraphs, language versions, mentions) taken from their document, so that the explorer can order, filter and
 * place by time anything that belongs to a document without asking the store again. The store does not change while
 * it is served.
 */
final class DocumentDates {

    private static final Query DATES = StoreQueries.parse("SELECT ?d ?date { ?d dct:date ?date FILTER(isIRI(?d)) }");

    private final StoreQueries store;
    private final NodeLabels labels;
    private volatile Map<String, String> dates;

    DocumentDates(StoreQueries store, NodeLabels labels) {
        this.store = store;
        this.labels = labels;
    }

    /** The date ({@code YYYY-MM-DD}) of the IRI or of the document it is part of; null if it has none. */
    String of(String iri) {
        Map<String, String> all = all();
        String date = all.get(iri);
        if (date == null) {
            String document = labels.documentOf(iri);
            if (document != null) {
                date = all.get(document);
            }
        }
        return date;
    }

    /** The year of a date ({@code YYYY-MM-DD}), or 0 for none. */
    static int year(String date) {
        if (date == null || date.length() < 4) {
            return 0;
        }
        try {
            return Integer.parseInt(date.substring(0, 4));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Map<String, String> all() {
        Map<String, String> known = dates;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (dates == null) {
                Map<String, String> read = new HashMap<>();
                store.read(() -> {
                    for (Binding row : store.select(DATES, Map.of())) {
                        Node date = row.get("date");
                        if (date.isLiteral()) {
                            // A document has one date; should one have two, the earlier is kept, whatever the order.
                            read.merge(row.get("d").getURI(), date.getLiteralLexicalForm(),
                                    (a, b) -> a.compareTo(b) <= 0 ? a : b);
                        }
                    }
                    return null;
                });
                dates = read;
            }
            return dates;
        }
    }
}
