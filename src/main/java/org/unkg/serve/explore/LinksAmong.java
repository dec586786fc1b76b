package org.unkg.serve.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.pages.Schema;

/**
 * The links among the nodes a viewer draws: every statement from one drawn node to another, but those the store
 * entails from another statement between the same two ({@code eli:cites} beside {@code unkg:cites}, the inverse of a
 * link back), as {@link Schema#shown} tells them apart on the pages, and those it fills in along a chain
 * ({@code org:transitiveSubOrganizationOf} from a body to its grandparent).
 */
final class LinksAmong {

    /** A statement between two drawn nodes. */
    record Link(String source, String property, String target) {
    }

    private final StoreQueries store;
    private final Schema schema;

    LinksAmong(StoreQueries store, Schema schema) {
        this.store = store;
        this.schema = schema;
    }

    /**
     * The links that touch one of {@code fresh} and join it to another of {@code fresh} or of {@code drawn}; within a
     * read transaction.
     */
    List<Link> of(Collection<String> fresh, Collection<String> drawn) {
        Set<String> all = new LinkedHashSet<>(fresh);
        all.addAll(drawn);
        if (fresh.isEmpty() || all.size() < 2) {
            return List.of();
        }
        String news = values(fresh);
        // The statements from and to the new nodes, kept here when their other end is drawn: asking the store to
        // join them with every node drawn would cost a lookup per node drawn.
        String query = "SELECT ?s ?p ?o {\n"
                + "  { VALUES ?s { " + news + " } ?s ?p ?o FILTER(isIRI(?o)) }\n"
                + "  UNION { VALUES ?o { " + news + " } ?s ?p ?o FILTER(isIRI(?s)) }\n}";
        // Each pair of nodes, read from the one first in IRI order: its properties to the other, and back.
        Map<List<String>, List<Set<Node>>> pairs = new LinkedHashMap<>();
        for (Binding row : store.select(StoreQueries.parse(query), Map.of())) {
            String s = row.get("s").getURI();
            String o = row.get("o").getURI();
            if (s.equals(o) || !all.contains(s) || !all.contains(o)) {
                continue;
            }
            boolean forward = s.compareTo(o) < 0;
            List<String> pair = forward ? List.of(s, o) : List.of(o, s);
            if (schema.isClosure(row.get("p").getURI())) {
                continue;
            }
            List<Set<Node>> directions = pairs.computeIfAbsent(pair,
                    k -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>()));
            directions.get(forward ? 0 : 1).add(row.get("p"));
        }
        List<Link> links = new ArrayList<>();
        pairs.forEach((pair, directions) -> {
            List<Set<Node>> written = schema.shown(directions.get(0), directions.get(1));
            for (Node p : written.get(0)) {
                links.add(new Link(pair.get(0), p.getURI(), pair.get(1)));
            }
            for (Node p : written.get(1)) {
                links.add(new Link(pair.get(1), p.getURI(), pair.get(0)));
            }
        });
        return links;
    }

    private static String values(Collection<String> iris) {
        return iris.stream().map(StoreQueries::iri).collect(Collectors.joining(" "));
    }
}
