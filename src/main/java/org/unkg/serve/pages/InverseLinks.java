package org.unkg.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.unkg.serve.http.StoreQueries;

/**
 * One page of the things that link to an IRI with one property: one query per property shown. Up to
 * {@value #SORTED} of them are listed in the natural order of their IRIs (a document before its paragraphs,
 * {@code ¶2} before {@code ¶10}, resolutions by number); beyond that, in the store's index order, which is stable for
 * a store but follows no meaning, since sorting tens of thousands of mentions for each page would cost more than the
 * order is worth.
 */
final class InverseLinks {

    /** How many things a page of inverse links lists. */
    static final int PAGE = 50;
    /** Up to how many things are sorted before being paged. */
    static final int SORTED = 5000;

    private static final Query SUBJECTS = StoreQueries.parse("SELECT ?x { ?x ?p ?s }");

    private InverseLinks() {
    }

    /**
     * The things that link to {@code iri} with {@code property}, {@code limit} of them from {@code offset};
     * {@code count} is how many there are in all.
     */
    static List<String> page(StoreQueries store, String iri, String property, long count, long offset, int limit) {
        Map<String, Node> values = Map.of("s", NodeFactory.createURI(iri), "p", NodeFactory.createURI(property));
        if (count <= SORTED) {
            List<String> all = subjects(store, SUBJECTS, values);
            all.sort(NaturalOrder.INSTANCE);
            int from = (int) Math.min(offset, all.size());
            return new ArrayList<>(all.subList(from, (int) Math.min(all.size(), from + (long) limit)));
        }
        Query query = SUBJECTS.cloneQuery();
        query.setOffset(offset);
        query.setLimit(limit);
        return subjects(store, query, values);
    }

    private static List<String> subjects(StoreQueries store, Query query, Map<String, Node> values) {
        List<String> subjects = new ArrayList<>();
        for (Binding row : store.select(query, values)) {
            Node x = row.get("x");
            subjects.add(x.isURI() ? x.getURI() : "_:" + x.getBlankNodeLabel());
        }
        return subjects;
    }
}
