package org.unkg.load;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.assembler.exceptions.AssemblerException;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;
import org.unkg.common.Sha256;

/**
 * The assembler description {@code fuseki-config/config.ttl}: the single statement of how the store is laid out and
 * indexed, read by the loader when it builds the text index and by the server when it serves the store.
 *
 * <p>The description names one location for the TDB2 database and one for the Lucene index; every use here points
 * them at a given store's directories first.
 */
public final class StoreConfig {

    static {
        JenaSystem.init();
    }

    private final Model model;
    private final String source;
    private final String sha256;

    private StoreConfig(Model model, String source, String sha256) {
        this.model = model;
        this.source = source;
        this.sha256 = sha256;
    }

    /** {@code fuseki-config/config.ttl} of the working directory if it exists, else the copy in the jar. */
    public static StoreConfig locate() {
        return from(ConfigFile.locate(ConfigFile.CONFIG_TTL));
    }

    public static StoreConfig read(Path file) {
        return from(ConfigFile.read(file));
    }

    public static StoreConfig from(ConfigFile file) {
        Model model;
        try {
            model = RDFParser.source(new ByteArrayInputStream(file.bytes()))
                    .lang(Lang.TURTLE)
                    .base(file.baseIri())
                    .errorHandler(new SourceErrorHandler(file.source()))
                    .toModel();
        } catch (RiotException e) {
            throw new StoreException(file.source() + ": " + e.getMessage(), e);
        }
        StoreConfig config = new StoreConfig(model, file.source(), sha256(file.bytes()));
        config.single(VocabTDB2.tDatasetTDB2, VocabTDB2.pLocation);
        config.single(TextVocab.textIndexLucene, TextVocab.pDirectory);
        config.single(TextVocab.textDataset, null);
        return config;
    }

    /** Where the description was read, for messages. */
    public String source() {
        return source;
    }

    /** The SHA-256 of the description's bytes: a store built with another description is built differently. */
    public String sha256() {
        return sha256;
    }

    /** A copy of the description as written. */
    public Model model() {
        return ModelFactory.createDefaultModel().add(model).setNsPrefixes(model.getNsPrefixMap());
    }

    /**
     * A copy of the description whose database and index locations are the given store's, as absolute paths, ready
     * for an assembler or for {@code FusekiServer.Builder.parseConfig}.
     */
    public Model forStore(Store store) {
        Model copy = model();
        relocate(copy, VocabTDB2.tDatasetTDB2, VocabTDB2.pLocation, store.tdb2());
        relocate(copy, TextVocab.textIndexLucene, TextVocab.pDirectory, store.lucene());
        return AssemblerUtils.prepareForAssembler(copy);
    }

    /** Opens a store's text dataset, the TDB2 database wrapped with its Lucene index, as the description says. */
    public OpenStore open(Store store) {
        Model assembly = forStore(store);
        Resource root = assembly.listResourcesWithProperty(RDF.type, TextVocab.textDataset).next();
        try {
            Dataset dataset = assemble(assembly);
            if (!(dataset.asDatasetGraph() instanceof DatasetGraphText text)) {
                throw new StoreException(source + ": <" + root + "> did not assemble into a text dataset");
            }
            return new OpenStore(store, text);
        } catch (AssemblerException | TextIndexException e) {
            throw new StoreException(source + ": cannot open store " + store.id() + ": " + rootMessage(e), e);
        }
    }

    /**
     * Opens the text index of a store on its own, as the description defines it (analyzers, entity map), without the
     * database: for filling it while other threads read the database. Close it before the store is opened.
     */
    public TextIndex openTextIndex(Store store) {
        Model assembly = forStore(store);
        Resource index = assembly.listResourcesWithProperty(RDF.type, TextVocab.textIndexLucene).next();
        try {
            return withoutGlobalTimeout(() -> (TextIndex) Assembler.general().open(index));
        } catch (AssemblerException | TextIndexException e) {
            throw new StoreException(source + ": cannot open the text index of store " + store.id() + ": "
                    + rootMessage(e), e);
        }
    }

    /**
     * Builds the dataset the description describes. jena-text's assembler reads the entity map with a SPARQL query over
     * the description, and such a query takes the timeout a server in the same process puts into ARQ's global
     * context: a short one, on a busy machine, would cancel the opening of a store being built. The global timeout
     * is taken away while the description is assembled and put back at once; the lock keeps two openings from
     * putting back each other's.
     */
    private static Dataset assemble(Model assembly) {
        return withoutGlobalTimeout(() -> (Dataset) AssemblerUtils.build(assembly, TextVocab.textDataset));
    }

    private static <T> T withoutGlobalTimeout(Supplier<T> assembling) {
        synchronized (GLOBAL_TIMEOUT) {
            Context global = ARQ.getContext();
            Object timeout = global.get(ARQ.queryTimeout);
            if (timeout != null) {
                global.remove(ARQ.queryTimeout);
            }
            try {
                return assembling.get();
            } finally {
                if (timeout != null) {
                    global.set(ARQ.queryTimeout, timeout);
                }
            }
        }
    }

    private static final Object GLOBAL_TIMEOUT = new Object();

    private static void relocate(Model model, Resource type, Property location, Path path) {
        List<Resource> found = model.listResourcesWithProperty(RDF.type, type).toList();
        Resource resource = found.get(0);
        resource.removeAll(location);
        resource.addProperty(location, path.toAbsolutePath().normalize().toString());
    }

    /** Requires exactly one resource of a type, with exactly one value of a property if one is given. */
    private void single(Resource type, Property property) {
        List<Resource> found = model.listResourcesWithProperty(RDF.type, type).toList();
        if (found.size() != 1) {
            throw new StoreException(source + ": expected exactly one " + shortName(type) + ", found " + found.size());
        }
        if (property != null && found.get(0).listProperties(property).toList().size() != 1) {
            throw new StoreException(source + ": the " + shortName(type) + " must have exactly one "
                    + shortName(property));
        }
    }

    private String shortName(Resource term) {
        String qname = model.qnameFor(term.getURI());
        return qname != null ? qname : "<" + term.getURI() + ">";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? e.getMessage() : e.getMessage() + " (" + t + ")";
    }

    private static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
