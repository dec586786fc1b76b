package org.unkg.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.unkg.common.IriScheme;
import org.unkg.progress.Progress;

/**
 * Counts what a store holds, once, as it is built, and writes it as VoID statistics in {@code statistics.ttl} beside
 * the database, so that the server can describe the dataset at once without asking its own endpoint expensive
 * questions. Everything is counted as the SPARQL endpoint sees it, in the union of the named graphs, except the
 * subsets, which count each graph's statements (their sum is the number of quads, the number of lines of the dump).
 * The subsets' sizes are those the load counted from the stream of statements ({@link GraphSizes}); the distinct
 * subjects, objects, properties, classes and links of the union graph are counted once the store is built, since the
 * stream could tell them apart only by keeping every node and statement in memory: not with SPARQL, whose distinct
 * counts and groups keep every value they have seen, but from TDB2's sorted quad indexes ({@link UnionGraphCounts}).
 *
 * <p>The file holds one {@code void:Dataset}, a blank node, since the store does not know the address it is
 * published under: the total of triples, distinct subjects, objects, properties and classes; the entities (distinct
 * subjects in the URI space); a class partition per class ({@code void:entities}); a property partition per
 * property ({@code void:triples}, distinct subjects and objects); a subset per graph that a loaded file's default
 * graph went to ({@code sd:name}, {@code void:triples}), and one for all the other graphs (those named in the files:
 * one per document, so {@code void:documents}); a {@code void:Linkset} per linking predicate and target namespace
 * (the scheme and host of the objects); and the vocabularies of its classes and properties.
 */
public final class DatasetStatistics {

    /** The file in the store's directory. */
    public static final String FILE_NAME = "statistics.ttl";

    /** Where the entities of the data live unless told otherwise: the {@code id/} part of the data IRIs. */
    public static final String DEFAULT_URI_SPACE = IriScheme.standard().entityBase();

    /** SPARQL 1.1 Service Description: a subset's graph is its {@code sd:name}. */
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final Property SD_NAME = ResourceFactory.createProperty(SD, "name");

    /** Predicates that link out of the dataset; their objects outside the data's own base count as links. */
    static final Set<String> LINK_PREDICATES = Set.of("http://www.w3.org/2002/07/owl#sameAs",
            "http://www.w3.org/2004/02/skos/core#exactMatch", "http://www.w3.org/2004/02/skos/core#closeMatch",
            "http://www.w3.org/2004/02/skos/core#broadMatch", "http://www.w3.org/2004/02/skos/core#narrowMatch",
            "http://www.w3.org/2004/02/skos/core#relatedMatch", "http://www.w3.org/2000/01/rdf-schema#seeAlso");

    private final String uriSpace;
    private final Set<String> fileGraphs;

    /**
     * @param uriSpace   the namespace of the entities, {@code https://w3id.org/unkg/id/}
     * @param fileGraphs the graphs counted each as a subset of its own: those loaded files' default graphs went to,
     *        and the graphs that are not a document's (the statistics, the converter's discovered and referenced)
     */
    public DatasetStatistics(String uriSpace, Collection<String> fileGraphs) {
        this.uriSpace = uriSpace;
        this.fileGraphs = Set.copyOf(fileGraphs);
    }

    /**
     * Counts what the dataset holds, as a VoID description of one blank-node dataset.
     *
     * @param graphSizes the statements of each named graph, as the load counted them from the stream
     */
    Model count(DatasetGraph dataset, Map<String, Long> graphSizes, Progress progress) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("void", VOID.NS);
        model.setNsPrefix("sd", SD);
        Resource root = model.createResource().addProperty(RDF.type, VOID.Dataset);
        root.addProperty(VOID.uriSpace, uriSpace);
        Set<String> vocabularies = new TreeSet<>();
        String base = uriSpace.replaceFirst("[^/]+/$", "");
        UnionGraphCounts counts;
        try (Progress.Step step = progress.start("Counting", -1, Progress.Unit.QUADS)) {
            counts = UnionGraphCounts.count(dataset, uriSpace, LINK_PREDICATES, base, step);
        }
        root.addLiteral(VOID.triples, counts.triples);
        root.addLiteral(VOID.distinctSubjects, counts.subjects);
        root.addLiteral(VOID.properties, (long) counts.properties.size());
        root.addLiteral(VOID.distinctObjects, counts.objects);
        root.addLiteral(VOID.entities, counts.entities);

        counts.classes.forEach((c, n) -> {
            root.addProperty(VOID.classPartition, model.createResource()
                    .addProperty(VOID._class, model.createResource(c))
                    .addLiteral(VOID.entities, n.longValue()));
            vocabularies.add(namespace(c));
        });
        root.addLiteral(VOID.classes, (long) counts.classes.size());

        counts.properties.forEach((p, c) -> {
            root.addProperty(VOID.propertyPartition, model.createResource()
                    .addProperty(VOID.property, model.createResource(p))
                    .addLiteral(VOID.triples, c.triples())
                    .addLiteral(VOID.distinctSubjects, c.subjects())
                    .addLiteral(VOID.distinctObjects, c.objects()));
            vocabularies.add(namespace(p));
        });

        long[] others = {0, 0};
        new TreeMap<>(graphSizes).forEach((g, n) -> {
            if (fileGraphs.contains(g)) {
                root.addProperty(VOID.subset, model.createResource()
                        .addProperty(SD_NAME, model.createResource(g))
                        .addLiteral(VOID.triples, n.longValue()));
            } else {
                others[0]++;
                others[1] += n;
            }
        });
        if (others[0] > 0) {
            root.addProperty(VOID.subset, model.createResource()
                    .addLiteral(VOID.documents, others[0])
                    .addLiteral(VOID.triples, others[1]));
        }

        counts.links.forEach((link, n) -> root.addProperty(VOID.subset, model.createResource()
                .addProperty(RDF.type, VOID.Linkset)
                .addProperty(VOID.linkPredicate, model.createResource(link.predicate()))
                .addProperty(VOID.objectsTarget, model.createResource()
                        .addProperty(VOID.uriSpace, link.space()))
                .addLiteral(VOID.triples, n.longValue())));

        for (String vocabulary : vocabularies) {
            root.addProperty(VOID.vocabulary, model.createResource(vocabulary));
        }
        return model;
    }

    /** Counts what the store holds and writes {@code statistics.ttl} into its directory. */
    void write(DatasetGraph dataset, Map<String, Long> graphSizes, Store store, Progress progress) {
        Model model = count(dataset, graphSizes, progress);
        Path file = store.statisticsFile();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        } catch (IOException e) {
            throw new StoreException(tmp + ": cannot write the statistics: " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the statistics: " + e.getMessage(), e);
        }
    }

    /** Reads the statistics of a store; fails naming the file when it is missing or unreadable. */
    public static Model read(Store store) {
        Path file = store.statisticsFile();
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no statistics; the store was built by an older version: load it again");
        }
        try {
            return RDFDataMgr.loadModel(file.toString());
        } catch (RuntimeException e) {
            throw new StoreException(file + ": cannot read the statistics: " + e.getMessage(), e);
        }
    }

    /** The namespace of an IRI: up to its last {@code #}, else its last {@code /}. */
    static String namespace(String iri) {
        int hash = iri.lastIndexOf('#');
        int cut = hash >= 0 ? hash : iri.lastIndexOf('/');
        return cut >= 0 ? iri.substring(0, cut + 1) : iri;
    }
}
