package org.unkg.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the ontology and its aligned ontologies entail for data, computed once from their axioms: every superclass
 * of a class, every super-property and inverse of a property, and which properties are transitive. The store holds
 * these entailed triples, so that a query written with UNDO, ELI, DCTERMS, ORG or SKOS terms finds what the
 * converter wrote with UNKG's ({@code ?d a undo:Resolution}, {@code ?d eli:cites ?x}, {@code skos:broaderTransitive}).
 */
public final class Entailment {

    private static final String ONTOLOGY = "ontology/unkg.ttl";
    private static final String IMPORTS = "ontology/imports";

    private final Map<Node, Set<Node>> superClasses;
    private final Map<Node, Set<Node>> superProperties;
    private final Map<Node, Node> inverses;
    private final Set<Node> transitive;

    private Entailment(Map<Node, Set<Node>> superClasses, Map<Node, Set<Node>> superProperties,
            Map<Node, Node> inverses, Set<Node> transitive) {
        this.superClasses = superClasses;
        this.superProperties = superProperties;
        this.inverses = inverses;
        this.transitive = transitive;
    }

    /** The entailments of the ontology and the aligned ontologies packaged with the program. */
    public static Entailment packaged() {
        return of(packagedSchema());
    }

    /** The ontology and the aligned ontologies packaged with the program, in one graph. */
    public static Graph packagedSchema() {
        Graph schema = GraphFactory.createDefaultGraph();
        parseResource(ONTOLOGY, schema);
        for (String resource : importResources()) {
            parseResource(resource, schema);
        }
        return schema;
    }

    public static Entailment of(Graph schema) {
        Map<Node, Set<Node>> subClassOf = edges(schema, RDFS.subClassOf.asNode());
        Map<Node, Set<Node>> subPropertyOf = edges(schema, RDFS.subPropertyOf.asNode());
        // an equivalence is a subsumption both ways
        edges(schema, OWL2.equivalentClass.asNode()).forEach((a, bs) -> bs.forEach(b -> {
            subClassOf.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
            subClassOf.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
        }));
        edges(schema, OWL2.equivalentProperty.asNode()).forEach((a, bs) -> bs.forEach(b -> {
            subPropertyOf.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
            subPropertyOf.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
        }));
        Map<Node, Node> inverses = new HashMap<>();
        schema.find(Node.ANY, OWL2.inverseOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                inverses.put(t.getSubject(), t.getObject());
                inverses.put(t.getObject(), t.getSubject());
            }
        });
        Set<Node> transitive = new HashSet<>();
        schema.find(Node.ANY, RDF.type.asNode(), OWL2.TransitiveProperty.asNode())
                .forEachRemaining(t -> transitive.add(t.getSubject()));
        return new Entailment(closure(subClassOf), closure(subPropertyOf), inverses, transitive);
    }

    /** The classes a thing of class {@code c} also belongs to, not counting {@code c}. */
    public Set<Node> superClassesOf(Node c) {
        return superClasses.getOrDefault(c, Set.of());
    }

    /** The class {@code c} and every class whose members belong to it. */
    public Set<Node> subClassesOf(Node c) {
        Set<Node> classes = new HashSet<>();
        classes.add(c);
        superClasses.forEach((sub, supers) -> {
            if (supers.contains(c)) {
                classes.add(sub);
            }
        });
        return classes;
    }

    /** The properties a statement with property {@code p} also states, not counting {@code p}. */
    public Set<Node> superPropertiesOf(Node p) {
        return superProperties.getOrDefault(p, Set.of());
    }

    public Node inverseOf(Node p) {
        return inverses.get(p);
    }

    public boolean isTransitive(Node p) {
        return transitive.contains(p);
    }

    private static Map<Node, Set<Node>> edges(Graph g, Node predicate) {
        Map<Node, Set<Node>> edges = new HashMap<>();
        g.find(Node.ANY, predicate, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI() && !t.getSubject().equals(t.getObject())) {
                edges.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
            }
        });
        return edges;
    }

    private static Map<Node, Set<Node>> closure(Map<Node, Set<Node>> direct) {
        Map<Node, Set<Node>> all = new HashMap<>();
        for (Node start : direct.keySet()) {
            all.put(start, Set.copyOf(reachable(direct, start)));
        }
        return all;
    }

    /** Every node {@code start} reaches along the edges, in one step or more, not counting itself. */
    static Set<Node> reachable(Map<Node, Set<Node>> edges, Node start) {
        Set<Node> reached = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(edges.getOrDefault(start, Set.of()));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (!n.equals(start) && reached.add(n)) {
                todo.addAll(edges.getOrDefault(n, Set.of()));
            }
        }
        return reached;
    }

    private static void parseResource(String resource, Graph into) {
        try (InputStream in = Entailment.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException(resource + " is missing from the build");
            }
            RDFParser.source(in).lang(RDFLanguages.filenameToLang(resource)).parse(into);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /** The RDF files of {@code ontology/imports}, whether the program runs from its jar or from a folder. */
    private static List<String> importResources() {
        URL url = Entailment.class.getClassLoader().getResource(IMPORTS);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return list(fs.getPath(IMPORTS));
            }
            return list(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new StoreException(IMPORTS + ": cannot list the aligned ontologies: " + e.getMessage(), e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> RDFLanguages.filenameToLang(n) != null && !n.endsWith(".md"))
                    .sorted().map(n -> IMPORTS + "/" + n).toList();
        }
    }

    /** For messages and tests: how many classes and properties have entailments. */
    @Override
    public String toString() {
        return superClasses.size() + " classes, " + superProperties.size() + " properties, " + inverses.size() / 2
                + " inverse pairs, " + transitive.size() + " transitive properties";
    }
}
