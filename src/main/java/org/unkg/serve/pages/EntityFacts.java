package org.unkg.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.unkg.serve.http.StoreQueries;

/**
 * What the store says from and to one IRI, in two queries: every statement about it, by property, and how many
 * statements link to it, by property. Which of them the converter wrote and which the store entailed is
 * {@link Schema#shown}'s to tell.
 *
 * @param iri the IRI
 * @param outgoing the values of each property of the IRI, in the store's order
 * @param incoming how many things link to the IRI with each property
 */
public record EntityFacts(String iri, Map<Node, List<Node>> outgoing, Map<Node, Long> incoming) {

    private static final Query OUTGOING = StoreQueries.parse("SELECT ?p ?o { ?s ?p ?o }");
    private static final Query INCOMING = StoreQueries.parse(
            "SELECT ?p (COUNT(?x) AS ?n) { ?x ?p ?s } GROUP BY ?p");

    static EntityFacts of(StoreQueries store, String iri) {
        Node s = NodeFactory.createURI(iri);
        Map<Node, List<Node>> outgoing = new LinkedHashMap<>();
        for (Binding row : store.select(OUTGOING, Map.of("s", s))) {
            outgoing.computeIfAbsent(row.get("p"), k -> new ArrayList<>()).add(row.get("o"));
        }
        Map<Node, Long> incoming = new LinkedHashMap<>();
        for (Binding row : store.select(INCOMING, Map.of("s", s))) {
            incoming.put(row.get("p"), ((Number) row.get("n").getLiteralValue()).longValue());
        }
        return new EntityFacts(iri, outgoing, incoming);
    }

    /** The IRI values of a property, in the store's order. */
    List<String> iris(String property) {
        List<String> iris = new ArrayList<>();
        for (Node value : outgoing.getOrDefault(NodeFactory.createURI(property), List.of())) {
            if (value.isURI()) {
                iris.add(value.getURI());
            }
        }
        return iris;
    }

    /** The literal values of a property. */
    List<Node> literals(String property) {
        return outgoing.getOrDefault(NodeFactory.createURI(property), List.of()).stream()
                .filter(Node::isLiteral).toList();
    }

    /** The types of the IRI ({@code rdf:type}). */
    List<Node> types() {
        return outgoing.getOrDefault(NodeFactory.createURI(Vocab.RDF_TYPE), List.of()).stream()
                .filter(Node::isURI).toList();
    }
}
