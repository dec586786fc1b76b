package org.unkg.serve.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.sparql.engine.binding.Binding;
import org.unkg.common.Unkg;
import org.unkg.serve.http.PackagedOntology;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.lod.LocalPaths;
import org.unkg.serve.pages.Kinds;

/**
 * The shortest chains of links between two nodes, followed either way: by default citations ({@code unkg:cites}),
 * mentions ({@code unkg:mentions}) and sub-organization links ({@code org:subOrganizationOf}). A breadth-first search
 * from both ends at once, each step one SPARQL query over a property path ({@code ?x (unkg:cites|^unkg:cites|...) ?y})
 * from the nodes reached last, until the two searches meet. It stops at a length, a number of nodes reached and a
 * time, whichever comes first, and says which. Paragraphs, language versions and mentions are not passed through:
 * what a paragraph mentions its document mentions too.
 */
final class PathFinder {

    static final String CITES = Unkg.CITES;
    static final String MENTIONS = Unkg.MENTIONS;
    static final String SUB_ORGANIZATION_OF = PackagedOntology.get().prefixes().expandPrefix("org:subOrganizationOf");
    static final String SUBJECT = PackagedOntology.get().prefixes().expandPrefix("dct:subject");
    /** The links followed unless others are asked for. */
    static final List<String> DEFAULT_LINKS = List.of(CITES, MENTIONS, SUB_ORGANIZATION_OF);
    /** The links that may be asked for. */
    static final List<String> LINKS = List.of(CITES, MENTIONS, SUB_ORGANIZATION_OF, SUBJECT);
    static final int DEFAULT_LENGTH = 4;
    static final int MOST_LENGTH = 6;
    static final int MOST_CHAINS = 24;
    static final int MOST_REACHED = 30_000;
    static final long BUDGET_MILLIS = 8_000;
    /** How many nodes one step's query starts from. */
    private static final int CHUNK = 400;

    /** Why a search ended without a chain: none within the length, too many nodes reached, or out of time. */
    enum Stop { NONE, SIZE, TIME }

    /**
     * What a search found.
     *
     * @param length the number of links of each chain; 0 with no chain
     * @param chains the chains, each from the first node to the second
     * @param links the statements along the chains
     * @param stopped why no chain was found, or null when one was
     */
    record Result(int length, List<List<String>> chains, List<LinksAmong.Link> links, Stop stopped) {
    }

    private final StoreQueries store;
    private final LocalPaths paths;

    PathFinder(StoreQueries store, LocalPaths paths) {
        this.store = store;
        this.paths = paths;
    }

    /** The search from one side: the distance and the nodes one step nearer of each node reached. */
    private static final class Side {
        final Map<String, Integer> distance = new HashMap<>();
        final Map<String, Set<String>> previous = new HashMap<>();
        Set<String> frontier = new LinkedHashSet<>();
        int depth;

        Side(String start) {
            distance.put(start, 0);
            previous.put(start, Set.of());
            frontier.add(start);
        }
    }

    /** The shortest chains from {@code from} to {@code to} over {@code links}, at most {@code maxLength} long. */
    Result between(String from, String to, Collection<String> links, int maxLength) {
        if (from.equals(to)) {
            return new Result(0, List.of(List.of(from)), List.of(), null);
        }
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        String path = links.stream().map(p -> StoreQueries.iri(p) + "|^" + StoreQueries.iri(p))
                .collect(Collectors.joining("|"));
        return store.read(() -> {
            Side forward = new Side(from);
            Side backward = new Side(to);
            while (forward.depth + backward.depth < maxLength) {
                if (System.currentTimeMillis() > deadline) {
                    return stopped(Stop.TIME);
                }
                if (forward.distance.size() + backward.distance.size() > MOST_REACHED) {
                    return stopped(Stop.SIZE);
                }
                boolean ahead = forward.frontier.size() <= backward.frontier.size();
                Side side = ahead ? forward : backward;
                Side other = ahead ? backward : forward;
                Set<String> met = step(side, other, path);
                if (!met.isEmpty()) {
                    return found(forward, backward, met, links);
                }
                if (side.frontier.isEmpty()) {
                    return stopped(Stop.NONE);
                }
            }
            return stopped(Stop.NONE);
        });
    }

    private static Result stopped(Stop why) {
        return new Result(0, List.of(), List.of(), why);
    }

    /** Takes one step from the side's frontier; returns the nodes where it met the other side. */
    private Set<String> step(Side side, Side other, String path) {
        Map<String, Set<String>> reached = new LinkedHashMap<>();
        List<String> frontier = new ArrayList<>(side.frontier);
        for (int i = 0; i < frontier.size(); i += CHUNK) {
            List<String> chunk = frontier.subList(i, Math.min(frontier.size(), i + CHUNK));
            String query = "SELECT ?x ?y { VALUES ?x { "
                    + chunk.stream().map(StoreQueries::iri).collect(Collectors.joining(" "))
                    + " } ?x " + path + " ?y FILTER(isIRI(?y)) }";
            for (Binding row : store.select(StoreQueries.parse(query), Map.of())) {
                String y = row.get("y").getURI();
                if (!side.distance.containsKey(y) && (other.distance.containsKey(y) || passable(y))) {
                    reached.computeIfAbsent(y, k -> new LinkedHashSet<>()).add(row.get("x").getURI());
                }
            }
        }
        side.depth++;
        Set<String> met = new LinkedHashSet<>();
        Set<String> next = new LinkedHashSet<>();
        reached.forEach((y, from) -> {
            side.distance.put(y, side.depth);
            side.previous.put(y, from);
            if (other.distance.containsKey(y)) {
                met.add(y);
            } else {
                next.add(y);
            }
        });
        side.frontier = next;
        return met;
    }

    /** Whether a chain may pass through the node: a thing with a page here, not a part of a document. */
    private boolean passable(String iri) {
        if (!paths.isLocal(iri) || !StoreQueries.holdable(iri)) {
            return false;
        }
        String kind = Kinds.of(iri, paths);
        return !kind.equals(Kinds.PARAGRAPH) && !kind.equals(Kinds.VERSION) && !kind.equals(Kinds.MENTION)
                && !kind.equals(Kinds.GRAPH);
    }

    private Result found(Side forward, Side backward, Set<String> met, Collection<String> links) {
        int length = met.stream().mapToInt(m -> forward.distance.get(m) + backward.distance.get(m)).min()
                .orElseThrow();
        List<List<String>> chains = new ArrayList<>();
        for (String m : met) {
            if (forward.distance.get(m) + backward.distance.get(m) != length) {
                continue;
            }
            for (List<String> head : towards(forward, m)) {
                for (List<String> tail : towards(backward, m)) {
                    if (chains.size() == MOST_CHAINS) {
                        break;
                    }
                    List<String> chain = new ArrayList<>(head);
                    List<String> rest = new ArrayList<>(tail);
                    java.util.Collections.reverse(rest);
                    chain.addAll(rest.subList(1, rest.size()));
                    chains.add(List.copyOf(chain));
                }
            }
        }
        return new Result(length, chains, statements(chains, links), null);
    }

    /** Every chain from the side's start to the node, start first, at most {@link #MOST_CHAINS}. */
    private static List<List<String>> towards(Side side, String node) {
        Set<String> before = side.previous.get(node);
        if (before.isEmpty()) {
            return List.of(List.of(node));
        }
        List<List<String>> chains = new ArrayList<>();
        for (String p : before) {
            for (List<String> head : towards(side, p)) {
                if (chains.size() == MOST_CHAINS) {
                    return chains;
                }
                List<String> chain = new ArrayList<>(head);
                chain.add(node);
                chains.add(chain);
            }
        }
        return chains;
    }

    /** The statements that join each two nodes next to each other in a chain, with the links followed. */
    private List<LinksAmong.Link> statements(List<List<String>> chains, Collection<String> links) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (List<String> chain : chains) {
            for (int i = 0; i + 1 < chain.size(); i++) {
                pairs.add(List.of(chain.get(i), chain.get(i + 1)));
                pairs.add(List.of(chain.get(i + 1), chain.get(i)));
            }
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        String query = "SELECT ?x ?p ?y { VALUES (?x ?y) { "
                + pairs.stream().map(p -> "(" + StoreQueries.iri(p.get(0)) + " " + StoreQueries.iri(p.get(1)) + ")")
                        .collect(Collectors.joining(" "))
                + " } VALUES ?p { " + links.stream().map(StoreQueries::iri).collect(Collectors.joining(" "))
                + " } ?x ?p ?y }";
        List<LinksAmong.Link> found = new ArrayList<>();
        for (Binding row : store.select(StoreQueries.parse(query), Map.of())) {
            found.add(new LinksAmong.Link(row.get("x").getURI(), row.get("p").getURI(), row.get("y").getURI()));
        }
        return found;
    }
}
