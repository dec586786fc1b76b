package org.unkg.serve.explore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.lod.LocalPaths;
import org.unkg.serve.pages.EntityFacts;
import org.unkg.serve.pages.FactsMemory;
import org.unkg.serve.pages.Kinds;
import org.unkg.serve.pages.NaturalOrder;
import org.unkg.serve.pages.Schema;

/**
 * The kinds of link of a node, each a property and a direction, with every thing it links to that has a page here:
 * the properties its page shows as written (not those the store entails from them, {@link Schema#shown}), in both
 * directions. The things of each kind of link are in time order (a part of a document dated as its document), then
 * in the natural order of their IRIs, so that paging through them reads a history. The lists are kept once gathered,
 * since a viewer pages through the same node's links again and again, the Security Council is named thousands of
 * times, and the store does not change while it is served.
 */
final class LinkGroups {

    /**
     * One kind of link and what it links to, with the kind and year of each, counted once for every page of it.
     *
     * @param property the property's IRI
     * @param direction out (the node is the subject) or in (the node is the object)
     * @param members the things linked, in order
     * @param kinds the kind of each member ({@link Kinds#of})
     * @param years the year of each member, 0 for none
     * @param kindCounts how many members of each kind, by kind
     * @param yearCounts how many members of each year, by year, oldest first
     */
    record Group(String property, Direction direction, List<String> members, List<String> kinds, int[] years,
            Map<String, Integer> kindCounts, Map<Integer, Integer> yearCounts) {
    }

    /** How many nodes' lists are kept: a few hundred bytes for most, a megabyte for the busiest. */
    private static final int KEPT = 1000;
    private static final Query SUBJECTS = StoreQueries.parse("SELECT ?x { ?x ?p ?s FILTER(isIRI(?x)) }");

    private final StoreQueries store;
    private final LocalPaths paths;
    private final Schema schema;
    private final FactsMemory facts;
    private final DocumentDates dates;
    private final Cache<String, List<Group>> kept = CacheFactory.createCache(KEPT);

    LinkGroups(StoreQueries store, LocalPaths paths, Schema schema, FactsMemory facts, DocumentDates dates) {
        this.store = store;
        this.paths = paths;
        this.schema = schema;
        this.facts = facts;
        this.dates = dates;
    }

    /** The kinds of link of the IRI, outgoing first, each with its members; empty if the store knows nothing of it. */
    List<Group> of(String iri) {
        List<Group> known = kept.getIfPresent(iri);
        if (known != null) {
            return known;
        }
        List<Group> groups = store.read(() -> gather(iri));
        kept.put(iri, groups);
        return groups;
    }

    private List<Group> gather(String iri) {
        EntityFacts f = facts.of(iri);
        Set<Node> outgoing = new LinkedHashSet<>(f.outgoing().keySet());
        outgoing.remove(RDF.type.asNode());
        List<Set<Node>> shown = schema.shown(outgoing, f.incoming().keySet());
        List<Group> groups = new ArrayList<>();
        for (Node p : shown.get(0)) {
            Set<String> members = new LinkedHashSet<>();
            for (Node o : f.outgoing().get(p)) {
                if (o.isURI() && paths.isLocal(o.getURI()) && !o.getURI().equals(iri)) {
                    members.add(o.getURI());
                }
            }
            add(groups, p.getURI(), Direction.OUT, members);
        }
        for (Node p : shown.get(1)) {
            Set<String> members = new LinkedHashSet<>();
            for (Binding row : store.select(SUBJECTS, Map.of("s", NodeFactory.createURI(iri), "p", p))) {
                String x = row.get("x").getURI();
                if (paths.isLocal(x) && !x.equals(iri)) {
                    members.add(x);
                }
            }
            if (!linkedBack(groups, p.getURI(), members)) {
                add(groups, p.getURI(), Direction.IN, members);
            }
        }
        return List.copyOf(groups);
    }

    /**
     * Whether every thing that links to the node with a property is already linked from it by another: a document's
     * paragraphs are its parts ({@code dct:hasPart}) and are part of it ({@code dct:isPartOf}), two properties
     * DCTERMS calls inverse only in words, as the entity pages find too.
     */
    private static boolean linkedBack(List<Group> groups, String property, Set<String> members) {
        return groups.stream().anyMatch(g -> g.direction() == Direction.OUT && !g.property().equals(property)
                && g.members().containsAll(members));
    }

    private void add(List<Group> groups, String property, Direction direction, Set<String> members) {
        if (members.isEmpty()) {
            return;
        }
        // Each member's date and kind read once: the Security Council's thousands would cost a regular expression
        // at every comparison of the sort.
        List<Member> sorted = new ArrayList<>(members.size());
        for (String iri : members) {
            sorted.add(new Member(iri, dates.of(iri), Kinds.of(iri, paths)));
        }
        sorted.sort(IN_TIME_ORDER);
        List<String> ordered = new ArrayList<>(sorted.size());
        List<String> kinds = new ArrayList<>(sorted.size());
        int[] years = new int[sorted.size()];
        Map<String, Integer> kindCounts = new TreeMap<>();
        Map<Integer, Integer> yearCounts = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Member m = sorted.get(i);
            ordered.add(m.iri());
            kinds.add(m.kind());
            kindCounts.merge(m.kind(), 1, Integer::sum);
            years[i] = DocumentDates.year(m.date());
            if (years[i] != 0) {
                yearCounts.merge(years[i], 1, Integer::sum);
            }
        }
        groups.add(new Group(property, direction, List.copyOf(ordered), List.copyOf(kinds), years,
                Collections.unmodifiableMap(kindCounts), Collections.unmodifiableMap(yearCounts)));
    }

    private record Member(String iri, String date, String kind) {
    }

    /** Dated things first, oldest first; then by the natural order of their IRIs. */
    private static final Comparator<Member> IN_TIME_ORDER = (a, b) -> {
        if (a.date() != null && b.date() != null) {
            int c = a.date().compareTo(b.date());
            if (c != 0) {
                return c;
            }
        } else if (a.date() != null || b.date() != null) {
            return a.date() != null ? -1 : 1;
        }
        return NaturalOrder.INSTANCE.compare(a.iri(), b.iri());
    };
}
