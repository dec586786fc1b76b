package org.unkg.serve.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.unkg.common.Unkg;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.pages.Schema;

/**
 * The class the explorer shows and filters each node by: the most specific of its types, the ontology's own
 * ({@code unkg:Resolution}, {@code unkg:Office}) before those of the aligned vocabularies, remembered once read.
 */
final class NodeClasses {

    /** How many IRIs' classes are remembered; the store does not change while it is served. */
    private static final int REMEMBERED = 100_000;

    private final StoreQueries store;
    private final Schema schema;
    private final Cache<String, String> remembered = CacheFactory.createCache(REMEMBERED);

    NodeClasses(StoreQueries store, Schema schema) {
        this.store = store;
        this.schema = schema;
    }

    /** The class of each IRI ({@code ""} for one without a type), in one query for those not known; in a read. */
    Map<String, String> of(Collection<String> iris) {
        Map<String, String> classes = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String iri : iris) {
            String known = remembered.getIfPresent(iri);
            if (known != null) {
                classes.put(iri, known);
            } else if (StoreQueries.holdable(iri)) {
                missing.add(iri);
            }
        }
        if (missing.isEmpty()) {
            return classes;
        }
        String values = missing.stream().map(StoreQueries::iri).collect(Collectors.joining(" "));
        Map<String, List<Node>> types = new HashMap<>();
        for (Binding row : store.select(StoreQueries.parse("SELECT ?n ?t { VALUES ?n { " + values
                + " } ?n a ?t FILTER(isIRI(?t)) }"), Map.of())) {
            types.computeIfAbsent(row.get("n").getURI(), k -> new ArrayList<>()).add(row.get("t"));
        }
        for (String iri : missing) {
            String chosen = choose(types.getOrDefault(iri, List.of()));
            remembered.put(iri, chosen);
            classes.put(iri, chosen);
        }
        return classes;
    }

    /** The most specific type, the ontology's own first, then in IRI order so that the choice never varies. */
    private String choose(List<Node> types) {
        return schema.mostSpecific(types).stream()
                .map(Node::getURI)
                .min((a, b) -> {
                    boolean ownA = a.startsWith(Unkg.NS);
                    boolean ownB = b.startsWith(Unkg.NS);
                    return ownA != ownB ? (ownA ? -1 : 1) : a.compareTo(b);
                })
                .orElse("");
    }
}
