package org.unkg.serve.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.load.DatasetDump;
import org.unkg.load.DatasetStatistics;
import org.unkg.load.Store;
import org.unkg.load.StoreException;

/**
 * What the load wrote about the store being served, read once as the server starts: the statistics
 * ({@code statistics.ttl}), the build time ({@code store.properties}) and the dump with its SHA-256. Nothing here
 * asks the database: a server starts at once, however large the store. A store built by an older version, without
 * statistics or dump, is still served; its description then lacks the counts and the dump.
 */
public final class StoreFacts {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFacts.class);

    /** The dump's files and what is known of them. */
    public record Dump(Path file, Path checksumFile, long size, String sha256) {
    }

    private final Model statistics;
    private final Resource root;
    private final Instant builtAt;
    private final String version;
    private final Optional<Dump> dump;
    private final Optional<Dump> triplesDump;
    private final Map<String, Long> classEntities = new LinkedHashMap<>();

    private StoreFacts(Model statistics, Instant builtAt, String version, Optional<Dump> dump,
            Optional<Dump> triplesDump) {
        this.statistics = statistics;
        this.builtAt = builtAt;
        this.version = version;
        this.dump = dump;
        this.triplesDump = triplesDump;
        this.root = statistics.listSubjectsWithProperty(RDF.type, VOID.Dataset).toList().stream()
                .filter(r -> !statistics.contains(null, VOID.subset, r) && !statistics.contains(null, VOID.objectsTarget, r))
                .findFirst().orElse(null);
        if (root != null) {
            for (Statement s : root.listProperties(VOID.classPartition).toList()) {
                Resource partition = s.getResource();
                if (partition.hasProperty(VOID._class) && partition.hasProperty(VOID.entities)) {
                    classEntities.put(partition.getPropertyResourceValue(VOID._class).getURI(),
                            partition.getProperty(VOID.entities).getLong());
                }
            }
        }
    }

    /** Reads what the load wrote about a store. */
    public static StoreFacts of(Store store) {
        Model statistics;
        try {
            statistics = DatasetStatistics.read(store);
        } catch (StoreException e) {
            LOG.warn("The dataset description will have no counts: {}", e.getMessage());
            statistics = ModelFactory.createDefaultModel();
        }
        return new StoreFacts(statistics, store.info().builtAt(), store.id(),
                dump(store, DatasetDump.FILE_NAME, DatasetDump.CHECKSUM_FILE_NAME),
                dump(store, DatasetDump.TRIPLES_FILE_NAME, DatasetDump.TRIPLES_CHECKSUM_FILE_NAME));
    }

    private static Optional<Dump> dump(Store store, String name, String checksumName) {
        Path file = store.dumpsDir().resolve(name);
        Path checksum = store.dumpsDir().resolve(checksumName);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(checksum)) {
            LOG.warn("Store {} has no dump ({}): load it again to publish one", store.id(), file);
            return Optional.empty();
        }
        try {
            String line = Files.readString(checksum, StandardCharsets.UTF_8).strip();
            String sha256 = line.split("\\s+")[0];
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new StoreException(checksum + ": not a SHA-256 in the format of sha256sum: " + line);
            }
            return Optional.of(new Dump(file, checksum, Files.size(file), sha256));
        } catch (IOException e) {
            throw new StoreException(checksum + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The statistics as the load wrote them: one blank-node {@code void:Dataset} and its partitions. */
    public Model statistics() {
        return statistics;
    }

    /** The dataset node of the statistics, if there are statistics. */
    public Optional<Resource> root() {
        return Optional.ofNullable(root);
    }

    /** When the store became ready. */
    public Instant builtAt() {
        return builtAt;
    }

    /**
     * The dataset's version: the store's id, which names its content (a store is never changed) and which every
     * replica serving the same image announces in its {@code UNKG-Dataset-Version} header.
     */
    public String version() {
        return version;
    }

    public Optional<Dump> dump() {
        return dump;
    }

    /** The distinct triples of the union, {@code unkg.nt.gz}; absent for a store built before it was written. */
    public Optional<Dump> triplesDump() {
        return triplesDump;
    }

    /** A count of the dataset ({@code void:triples}, {@code void:entities}...), if known. */
    public Optional<Long> count(org.apache.jena.rdf.model.Property property) {
        return root == null || !root.hasProperty(property) ? Optional.empty()
                : Optional.of(root.getProperty(property).getLong());
    }

    /** The number of instances of a class, 0 if none or unknown. */
    public long instances(String classIri) {
        return classEntities.getOrDefault(classIri, 0L);
    }

    /** The statements of all the graphs together: the number of quads, the lines of the dump. */
    public long quads() {
        if (root == null) {
            return 0;
        }
        long quads = 0;
        for (Statement s : root.listProperties(VOID.subset).toList()) {
            Resource subset = s.getResource();
            if (!subset.hasProperty(RDF.type, VOID.Linkset) && subset.hasProperty(VOID.triples)) {
                quads += subset.getProperty(VOID.triples).getLong();
            }
        }
        return quads;
    }
}
