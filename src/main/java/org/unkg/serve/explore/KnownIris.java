package org.unkg.serve.explore;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.sparql.engine.binding.Binding;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.lod.LocalPaths;

/**
 * Which of the IRIs a request names the explorer can draw: those under the base with a page here, that SPARQL can
 * hold, and of which the store says something, from or to them; one query for all of them.
 */
final class KnownIris {

    private final StoreQueries store;
    private final LocalPaths paths;

    KnownIris(StoreQueries store, LocalPaths paths) {
        this.store = store;
        this.paths = paths;
    }

    /** Whether the IRI has the form of one the explorer can draw, before asking the store. */
    boolean drawable(String iri) {
        return iri != null && paths.isLocal(iri) && !paths.isGraph(iri) && StoreQueries.holdable(iri);
    }

    /** The IRIs the store knows of, in the order given. */
    Set<String> of(Collection<String> iris) {
        List<String> asked = iris.stream().filter(this::drawable).distinct().toList();
        Set<String> known = new LinkedHashSet<>();
        if (asked.isEmpty()) {
            return known;
        }
        String query = "SELECT ?n { VALUES ?n { " + asked.stream().map(StoreQueries::iri)
                .collect(Collectors.joining(" ")) + " } FILTER(EXISTS { ?n ?p ?o } || EXISTS { ?x ?q ?n }) }";
        Set<String> found = new LinkedHashSet<>();
        store.read(() -> {
            for (Binding row : store.select(StoreQueries.parse(query), Map.of())) {
                found.add(row.get("n").getURI());
            }
            return null;
        });
        for (String iri : asked) {
            if (found.contains(iri)) {
                known.add(iri);
            }
        }
        return known;
    }
}
