package org.unkg.serve.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.common.Unkg;
import org.unkg.load.Entailment;
import org.unkg.serve.http.PackagedOntology;

/**
 * What the pages know of the classes and properties themselves, read once from the ontology packaged with the
 * program and the aligned ontologies beside it: their names and descriptions in each language (the ontology's own
 * first, since it names the terms of other vocabularies in Chinese too), their prefixed names, and what each
 * statement entails, so that a page can tell the statements the converter wrote from those the store added
 * ({@code eli:cites} beside {@code unkg:cites}, {@code eli:cited_by} back).
 */
public final class Schema {

    private static final Node RDF_TYPE = NodeFactory.createURI(Vocab.RDF_TYPE);

    /** A statement's property and its direction: {@code reversed} when it runs from the object to the subject. */
    record Directed(Node property, boolean reversed) {
    }

    private final Graph own;
    private final Graph schema;
    private final Entailment entailment;
    private final PrefixMapping prefixes;
    private final Map<Node, Set<Directed>> entails = new HashMap<>();

    private Schema(Graph own, PrefixMapping prefixes, Graph schema) {
        this.own = own;
        this.schema = schema;
        this.entailment = Entailment.of(schema);
        this.prefixes = prefixes;
    }

    /** The ontology and aligned ontologies of the program. */
    public static Schema packaged() {
        PackagedOntology ontology = PackagedOntology.get();
        return new Schema(ontology.graph(), ontology.prefixes(), Entailment.packagedSchema());
    }

    /** The prefixes of the ontology and of the vocabularies the store's entailments bring in. */
    PrefixMapping prefixes() {
        return prefixes;
    }

    /** {@code unkg:Resolution}, or the IRI itself when no prefix covers it. */
    public String curie(String iri) {
        String shortForm = prefixes.shortForm(iri);
        return shortForm == null ? iri : shortForm;
    }

    /** The term's name in {@code lang}, else in the other page language, else any; null if it has none. */
    String label(String iri, String lang) {
        Node term = NodeFactory.createURI(iri);
        String label = Literals.pick(literals(own, term, RDFS.label.asNode()), lang);
        if (label == null) {
            label = Literals.pick(literals(schema, term, RDFS.label.asNode()), lang);
        }
        if (label == null) {
            label = Literals.pick(literals(schema, term, SKOS.prefLabel.asNode()), lang);
        }
        return label;
    }

    /** The term's name, else its prefixed name. */
    public String name(String iri, String lang) {
        String label = label(iri, lang);
        return label != null ? label : curie(iri);
    }

    /** What the term means, in {@code lang} if said so, for a tooltip; empty if nothing is said. */
    String comment(String iri, String lang) {
        Node term = NodeFactory.createURI(iri);
        for (Graph graph : List.of(own, schema)) {
            for (Node property : List.of(RDFS.comment.asNode(), SKOS.definition.asNode(),
                    DCTerms.description.asNode())) {
                String comment = Literals.pick(literals(graph, term, property), lang);
                if (comment != null) {
                    return comment;
                }
            }
        }
        return "";
    }

    /** Whether the term is the ontology's own ({@code unkg:}). */
    static boolean isOwn(String iri) {
        return Unkg.isTerm(iri);
    }

    /**
     * Whether the ontology names the property for display (its own terms, and those of other vocabularies it gives
     * labels to, such as {@code dct:hasPart} or {@code org:subOrganizationOf}): of two inverse properties both in the
     * store, such a one is taken as the one the converter wrote.
     */
    boolean isNamed(String iri) {
        return isOwn(iri) || own.contains(NodeFactory.createURI(iri), RDFS.label.asNode(), Node.ANY);
    }

    /**
     * Whether the store fills the property in by transitivity from a narrower one ({@code org:transitiveSubOrganizationOf}
     * from {@code org:subOrganizationOf}): between two things, such a statement may stand for a chain of others.
     */
    public boolean isClosure(String iri) {
        Node property = NodeFactory.createURI(iri);
        return entailment.isTransitive(property) && schema.contains(Node.ANY, RDFS.subPropertyOf.asNode(), property);
    }

    /** The classes a thing of this class also belongs to. */
    Set<Node> superClasses(Node type) {
        return entailment.superClassesOf(type);
    }

    /**
     * Everything a statement with {@code property} makes the store add: its super-properties in the same direction,
     * its inverse and theirs in the other, followed to the end.
     */
    Set<Directed> entailedBy(Node property) {
        synchronized (entails) {
            Set<Directed> known = entails.get(property);
            if (known != null) {
                return known;
            }
        }
        Set<Directed> reached = new LinkedHashSet<>();
        List<Directed> todo = new ArrayList<>(List.of(new Directed(property, false)));
        while (!todo.isEmpty()) {
            Directed d = todo.remove(todo.size() - 1);
            if (!reached.add(d)) {
                continue;
            }
            if (d.property().equals(RDF_TYPE)) {
                continue;
            }
            entailment.superPropertiesOf(d.property()).forEach(p -> todo.add(new Directed(p, d.reversed())));
            Node inverse = entailment.inverseOf(d.property());
            if (inverse != null) {
                todo.add(new Directed(inverse, !d.reversed()));
            }
        }
        reached.remove(new Directed(property, false));
        Set<Directed> result = Set.copyOf(reached);
        synchronized (entails) {
            entails.put(property, result);
        }
        return result;
    }

    /**
     * Which properties of an entity to show as written: those the store did not add for another property the entity
     * has. An outgoing property is left out when another outgoing one entails it (a super-property), or when an
     * incoming one entails it backwards and the ontology does not name it for display ({@code eli:cited_by} of a
     * cited resolution); an incoming property is left out when another incoming one entails it, or a shown outgoing
     * one does ({@code unkg:versionOf} back to a document that lists its versions with {@code unkg:hasVersion}).
     * Between two properties that entail each other (equivalent ones), the named one, else the first in IRI order,
     * is kept.
     *
     * @return the shown outgoing properties, then the shown incoming ones
     */
    public List<Set<Node>> shown(Collection<Node> outgoing, Collection<Node> incoming) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node p : outgoing) {
            boolean entailed = false;
            for (Node q : outgoing) {
                if (!q.equals(p) && entailedBy(q).contains(new Directed(p, false)) && !prefer(p, q)) {
                    entailed = true;
                    break;
                }
            }
            if (!entailed && !isNamed(p.getURI())) {
                for (Node q : incoming) {
                    if (entailedBy(q).contains(new Directed(p, true))) {
                        entailed = true;
                        break;
                    }
                }
            }
            if (!entailed) {
                out.add(p);
            }
        }
        Set<Node> in = new LinkedHashSet<>();
        for (Node p : incoming) {
            boolean entailed = false;
            for (Node q : incoming) {
                if (!q.equals(p) && entailedBy(q).contains(new Directed(p, false)) && !prefer(p, q)) {
                    entailed = true;
                    break;
                }
            }
            if (!entailed) {
                for (Node q : out) {
                    if (entailedBy(q).contains(new Directed(p, true))) {
                        entailed = true;
                        break;
                    }
                }
            }
            if (!entailed) {
                in.add(p);
            }
        }
        return List.of(out, in);
    }

    /** Between {@code p} entailed by {@code q}: whether {@code p} is kept anyway, because they are equivalent and
     * {@code p} is preferred. */
    private boolean prefer(Node p, Node q) {
        if (!entailedBy(p).contains(new Directed(q, false))) {
            return false;
        }
        boolean pNamed = isNamed(p.getURI());
        boolean qNamed = isNamed(q.getURI());
        if (pNamed != qNamed) {
            return pNamed;
        }
        return p.getURI().compareTo(q.getURI()) < 0;
    }

    /** The most specific of a set of classes: those that are no other's superclass. */
    public Set<Node> mostSpecific(Collection<Node> types) {
        Set<Node> implied = new HashSet<>();
        for (Node type : types) {
            for (Node sup : superClasses(type)) {
                if (!superClasses(sup).contains(type)) {
                    implied.add(sup);
                }
            }
        }
        Set<Node> specific = new LinkedHashSet<>();
        for (Node type : types) {
            if (!implied.contains(type)) {
                specific.add(type);
            }
        }
        return specific;
    }

    private static List<Node> literals(Graph graph, Node subject, Node property) {
        List<Node> values = new ArrayList<>();
        graph.find(subject, property, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                values.add(t.getObject());
            }
        });
        return values;
    }
}
