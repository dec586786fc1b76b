package org.unkg.serve.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.unkg.common.IriScheme;
import org.unkg.load.DatasetStatistics;

/**
 * The VoID and DCAT description of the dataset as served at {@code /.well-known/void}: {@code dataset.ttl} (titles,
 * licence, publisher, distributions, the endpoint as a data service, the targets of the links) with its relative
 * addresses resolved against the server's origin, merged with what the load counted ({@link StoreFacts}), the
 * store's build time as {@code dct:modified}, its id as {@code dcat:version}, and the dump's size and SHA-256
 * ({@code spdx:checksum}, as DCAT 3 asks). A description is made once per origin the server is asked at, and kept.
 */
public final class VoidDocument {

    /**
     * The dataset's IRI, under the published base as {@code dataset.ttl} names it; the catalogue, distributions and
     * services are its fragments.
     */
    public static final String DATASET = IriScheme.standard().dataset();
    static final String NS = DATASET + "#";

    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final String TEMPLATE = "org/unkg/serve/dataset/dataset.ttl";
    private static final int ORIGINS_KEPT = 8;

    private final StoreFacts facts;
    private final String template;
    private final Map<String, Model> byOrigin = new ConcurrentHashMap<>();

    VoidDocument(StoreFacts facts) {
        this.facts = facts;
        try (InputStream in = VoidDocument.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is not on the classpath");
            }
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TEMPLATE, e);
        }
        // A broken description stops the server from starting rather than failing the first request.
        build("http://localhost");
    }

    /** The description for a server reached at {@code origin} ({@code http://localhost:3030}); do not change it. */
    Model forOrigin(String origin) {
        Model model = byOrigin.get(origin);
        if (model == null) {
            if (byOrigin.size() >= ORIGINS_KEPT) {
                byOrigin.clear();
            }
            model = build(origin);
            byOrigin.put(origin, model);
        }
        return model;
    }

    private Model build(String origin) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(template, Lang.TURTLE).base(origin + "/").parse(model);
        Resource dataset = model.createResource(DATASET);
        facts.root().ifPresent(root -> mergeStatistics(model, dataset, root));
        modified(dataset);
        // DCAT 3's version: the same string as the UNKG-Dataset-Version header, so a harvester can tell which
        // store a description, a dump and an answer came from.
        dataset.addProperty(model.createProperty(DCAT.NS, "version"), facts.version());
        modified(model.createResource(NS + "catalog"));
        distribution(model, dataset, model.createResource(NS + "dump"), facts.dump());
        distribution(model, dataset, model.createResource(NS + "triples-dump"), facts.triplesDump());
        model.setNsPrefixes(Map.of(
                "void", VOID.NS, "dcat", DCAT.NS, "dct", DCTerms.NS, "foaf", "http://xmlns.com/foaf/0.1/",
                "sd", DatasetStatistics.SD, "spdx", SPDX, "xsd", XSD.NS, "dataset", NS,
                "formats", "http://www.w3.org/ns/formats/"));
        model.setNsPrefix("rdf", RDF.uri);
        return model;
    }

    /** A dump's size and checksum; without its file, the distribution and its {@code void:dataDump} go. */
    private void distribution(Model model, Resource dataset, Resource dump, Optional<StoreFacts.Dump> found) {
        if (found.isPresent()) {
            StoreFacts.Dump file = found.get();
            modified(dump);
            dump.addLiteral(DCAT.byteSize, model.createTypedLiteral(Long.toString(file.size()),
                    XSDDatatype.XSDnonNegativeInteger));
            dump.addProperty(model.createProperty(SPDX, "checksum"), model.createResource()
                    .addProperty(RDF.type, model.createResource(SPDX + "Checksum"))
                    .addProperty(model.createProperty(SPDX, "algorithm"),
                            model.createResource(SPDX + "checksumAlgorithm_sha256"))
                    .addProperty(model.createProperty(SPDX, "checksumValue"),
                            model.createTypedLiteral(file.sha256(), XSDDatatype.XSDhexBinary)));
        } else {
            Resource download = dump.getPropertyResourceValue(DCAT.downloadURL);
            if (download != null) {
                model.remove(dataset, VOID.dataDump, download);
            }
            model.removeAll(null, null, dump);
            model.removeAll(dump, null, null);
        }
    }

    /**
     * Moves the counted dataset onto the dataset's IRI, names the subset of the documents' graphs, and points each
     * linkset at the described dataset whose URI space starts with the namespace the load counted its links in.
     */
    private void mergeStatistics(Model model, Resource dataset, Resource counted) {
        model.add(facts.statistics());
        ResourceUtils.renameResource(counted.inModel(model), DATASET);
        List<Resource> targets = model.listSubjectsWithProperty(VOID.uriSpace).toList().stream()
                .filter(r -> r.isURIResource() && !r.getURI().equals(DATASET))
                .toList();
        for (Statement s : dataset.listProperties(VOID.subset).toList()) {
            Resource subset = s.getResource();
            if (subset.hasProperty(VOID.documents) && !subset.hasProperty(DatasetStatistics.SD_NAME)) {
                ResourceUtils.renameResource(subset, NS + "documents");
            } else if (subset.hasProperty(RDF.type, VOID.Linkset)) {
                subset.addProperty(VOID.subjectsTarget, dataset);
                Resource target = subset.getPropertyResourceValue(VOID.objectsTarget);
                String space = target == null || !target.hasProperty(VOID.uriSpace) ? null
                        : target.getProperty(VOID.uriSpace).getString();
                for (Resource known : targets) {
                    if (space != null && known.getProperty(VOID.uriSpace).getString().startsWith(space)) {
                        model.removeAll(target, null, null);
                        subset.removeAll(VOID.objectsTarget).addProperty(VOID.objectsTarget, known);
                        break;
                    }
                }
            }
        }
    }

    private void modified(Resource resource) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(facts.builtAt().toEpochMilli());
        resource.addLiteral(DCTerms.modified, resource.getModel().createTypedLiteral(new XSDDateTime(calendar)));
    }
}
