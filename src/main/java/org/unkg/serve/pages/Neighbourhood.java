package org.unkg.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.lod.LocalPaths;

/**
 * The graph viewer's data for one IRI: the things it links to and that link to it (those with pages here), named in
 * the reader's language, and the edges between them named by their properties. Only the properties a page shows as
 * written are drawn (not the store's entailed ones), at most {@value #PER_PROPERTY} neighbours each and
 * {@value #NODES} in all; mentions appear only around a mention, since a document or body has them by the hundred,
 * and a document's paragraphs not around the document, whose page shows its text.
 *
 * <pre>{@code
 * {"center": IRI, "truncated": false,
 *  "nodes": [{"id": IRI, "label": "...", "kind": "document", "href": "/page/...?lang=en"}, ...],
 *  "edges": [{"id": "...", "source": IRI, "target": IRI, "property": IRI, "label": "cites"}, ...],
 *  "properties": [{"iri": IRI, "label": "cites"}, ...]}
 * }</pre>
 */
final class Neighbourhood {

    static final int PER_PROPERTY = 6;
    /** The edge from a named graph to what it holds statements about; no property of the data, so no IRI. */
    static final String HOLDS = "";
    private static final Query GRAPH_SUBJECTS = StoreQueries.parse(
            "SELECT DISTINCT ?s { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) } LIMIT 2000");
    static final int NODES = 32;

    private final StoreQueries store;
    private final LocalPaths paths;
    private final Schema terms;
    private final NodeLabels labels;
    private final FactsMemory facts;

    Neighbourhood(StoreQueries store, LocalPaths paths, Schema terms, NodeLabels labels, FactsMemory facts) {
        this.store = store;
        this.paths = paths;
        this.terms = terms;
        this.labels = labels;
        this.facts = facts;
    }

    private record Edge(String source, String property, String target) {
    }

    JsonObject of(String iri, String lang) {
        return store.read(() -> gather(iri, lang));
    }

    private JsonObject gather(String iri, String lang) {
        if (paths.isGraph(iri)) {
            return graph(iri, lang);
        }
        EntityFacts facts = this.facts.of(iri);
        Set<Node> outProperties = new LinkedHashSet<>(facts.outgoing().keySet());
        outProperties.remove(NodeFactory.createURI(Vocab.RDF_TYPE));
        List<Set<Node>> shown = terms.shown(outProperties, facts.incoming().keySet());
        String kind = Kinds.of(iri, paths);
        boolean mentions = kind.equals(Kinds.MENTION);
        boolean paragraphs = !kind.equals(Kinds.DOCUMENT);
        Set<String> nodes = new LinkedHashSet<>();
        nodes.add(iri);
        List<Edge> edges = new ArrayList<>();
        boolean truncated = false;
        for (Node p : shown.get(0)) {
            int added = 0;
            for (Node o : facts.outgoing().get(p)) {
                if (!o.isURI() || !drawn(o.getURI(), mentions, paragraphs)) {
                    continue;
                }
                if (added == PER_PROPERTY || (nodes.size() >= NODES && !nodes.contains(o.getURI()))) {
                    truncated = true;
                    break;
                }
                nodes.add(o.getURI());
                edges.add(new Edge(iri, p.getURI(), o.getURI()));
                added++;
            }
        }
        for (Node p : shown.get(1)) {
            if (nodes.size() >= NODES) {
                truncated = true;
                break;
            }
            long count = facts.incoming().get(p);
            // Documents before paragraphs: a theme's or a body's documents say more than a few paragraphs of one.
            List<String> subjects = new ArrayList<>(InverseLinks.page(store, iri, p.getURI(), count, 0,
                    PER_PROPERTY * 5));
            subjects.sort(Comparator.comparing((String s) -> Kinds.of(s, paths).equals(Kinds.PARAGRAPH)));
            truncated |= count > PER_PROPERTY;
            subjects = subjects.subList(0, Math.min(PER_PROPERTY, subjects.size()));
            for (String s : subjects) {
                if (!drawn(s, mentions, paragraphs) || (nodes.size() >= NODES && !nodes.contains(s))
                        || linkedOut(edges, iri, s, p.getURI())) {
                    continue;
                }
                nodes.add(s);
                edges.add(new Edge(s, p.getURI(), iri));
            }
        }
        return json(iri, nodes, edges, truncated, lang);
    }

    /**
     * A named graph's neighbourhood: the things it holds statements about (not the paragraphs and mentions of its
     * document, which its document's page shows), linked from the graph.
     */
    private JsonObject graph(String iri, String lang) {
        Set<String> nodes = new LinkedHashSet<>();
        nodes.add(iri);
        List<Edge> edges = new ArrayList<>();
        boolean truncated = false;
        for (Binding row : store.select(GRAPH_SUBJECTS, Map.of("g", NodeFactory.createURI(iri)))) {
            String s = row.get("s").getURI();
            if (!drawn(s, false, false) || Kinds.of(s, paths).equals(Kinds.VERSION)) {
                continue;
            }
            if (nodes.size() >= NODES) {
                truncated = true;
                break;
            }
            nodes.add(s);
            edges.add(new Edge(iri, HOLDS, s));
        }
        return json(iri, nodes, edges, truncated, lang);
    }

    private JsonObject json(String iri, Set<String> nodes, List<Edge> edges, boolean truncated, String lang) {
        NodeLabels.Names names = labels.fetch(nodes, lang);
        PageLinks links = new PageLinks(paths, lang);

        JsonArray nodeArray = new JsonArray();
        for (String n : nodes) {
            JsonObject node = new JsonObject();
            node.put("id", n);
            node.put("label", names.of(n).text());
            node.put("kind", Kinds.of(n, paths));
            node.put("href", links.href(n));
            nodeArray.add(node);
        }
        JsonArray edgeArray = new JsonArray();
        Map<String, String> properties = new LinkedHashMap<>();
        for (Edge e : edges) {
            JsonObject edge = new JsonObject();
            edge.put("id", e.source() + " " + e.property() + " " + e.target());
            edge.put("source", e.source());
            edge.put("target", e.target());
            edge.put("property", e.property());
            String label = e.property().equals(HOLDS) ? PageMessages.of(lang).get("graph.holds")
                    : terms.name(e.property(), lang);
            edge.put("label", label);
            edgeArray.add(edge);
            properties.putIfAbsent(e.property(), label);
        }
        JsonArray propertyArray = new JsonArray();
        properties.forEach((p, label) -> {
            JsonObject property = new JsonObject();
            property.put("iri", p);
            property.put("label", label);
            propertyArray.add(property);
        });
        JsonObject result = new JsonObject();
        result.put("center", iri);
        result.put("truncated", truncated);
        result.put("nodes", nodeArray);
        result.put("edges", edgeArray);
        result.put("properties", propertyArray);
        return result;
    }

    /** Whether the center already links to {@code s} with another property (dct:isPartOf beside dct:hasPart back). */
    private static boolean linkedOut(List<Edge> edges, String center, String s, String property) {
        for (Edge e : edges) {
            if (e.source().equals(center) && e.target().equals(s) && !e.property().equals(property)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a neighbour is drawn: things with pages here, but mentions and paragraphs only when asked for. */
    private boolean drawn(String iri, boolean mentions, boolean paragraphs) {
        if (!paths.isLocal(iri)) {
            return false;
        }
        String kind = Kinds.of(iri, paths);
        return (mentions || !kind.equals(Kinds.MENTION)) && (paragraphs || !kind.equals(Kinds.PARAGRAPH));
    }
}
