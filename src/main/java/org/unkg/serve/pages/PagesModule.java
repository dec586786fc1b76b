package org.unkg.serve.pages;

import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.unkg.rdf.IriScheme;

/**
 * Linked data for every IRI under the base ({@code https://w3id.org/unkg/} unless given): the IRIs themselves at the
 * same paths on this server ({@code /id/...}, {@code /graph/...}: 303 See Other), their descriptions in RDF
 * ({@code /data/...}) and their HTML pages ({@code /page/...}), whose graph viewer draws from the explorer's
 * {@code /api/neighbourhood}. Everything is read from the served dataset in this process, with the endpoint's
 * timeouts. See {@code docs/data-model.md}, "Dereferencing".
 *
 * <pre>{@code
 * SparqlServer.builder(store).module(new PagesModule()).module(new SiteModule()).start();
 * }</pre>
 */
public final class PagesModule implements FusekiModule {

    /** The base of the data IRIs when none is given. */
    public static final String DEFAULT_BASE = IriScheme.DEFAULT_BASE;

    private final String base;
    private final String datasetName;

    /** The pages of the IRIs under the default base, read from the server's only dataset. */
    public PagesModule() {
        this(DEFAULT_BASE, null);
    }

    /**
     * The pages of the IRIs under {@code base}, read from the dataset served as {@code datasetName} (the first in
     * name order when null).
     */
    public PagesModule(String base, String datasetName) {
        this.base = Objects.requireNonNull(base, "base");
        this.datasetName = datasetName;
    }

    @Override
    public String name() {
        return "UNKG pages";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        String name = datasetName != null ? datasetName
                : datasetNames.stream().sorted().findFirst().orElseThrow(
                        () -> new IllegalStateException("the server has no dataset for the pages to read"));
        DatasetGraph dataset = builder.getDataset(name);
        if (dataset == null) {
            throw new IllegalStateException("the server has no dataset named " + name + " for the pages to read");
        }
        LocalPaths paths = new LocalPaths(base);
        StoreQueries store = new StoreQueries(dataset);
        Terms terms = Terms.packaged();
        Descriptions descriptions = new Descriptions(store, paths, terms.prefixes());
        NotFound notFound = new NotFound(paths);
        NodeLabels labels = new NodeLabels(store, paths);
        FactsMemory facts = new FactsMemory(store);
        EntityPageBuilder pages = new EntityPageBuilder(store, paths, terms, labels, facts);

        builder.addServlet("/id/*", new DereferenceServlet("/id/", false, paths, descriptions, notFound));
        builder.addServlet("/graph/*", new DereferenceServlet("/graph/", true, paths, descriptions, notFound));
        builder.addServlet(DataServlet.PREFIX + "*", new DataServlet(paths, descriptions, notFound));
        builder.addServlet(PageServlet.PREFIX + "*", new PageServlet(paths, descriptions, pages, notFound));
    }
}
