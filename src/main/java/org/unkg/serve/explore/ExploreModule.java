package org.unkg.serve.explore;

import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.unkg.rdf.IriScheme;
import org.unkg.serve.pages.FactsMemory;
import org.unkg.serve.pages.LocalPaths;
import org.unkg.serve.pages.NodeLabels;
import org.unkg.serve.pages.StoreQueries;
import org.unkg.serve.pages.Terms;

/**
 * The graph explorer: its page at {@code /explore} and the API the graph viewers draw from: every kind of link of a
 * thing with its counts ({@code /api/neighbourhood}), the cards of things and the links among them
 * ({@code /api/explore/nodes}), the shortest chains between two things ({@code /api/explore/paths}) and things by
 * their names ({@code /api/explore/lookup}). Everything is read from the served dataset in this process, with the
 * endpoint's timeouts; once the server has started, the busiest things' links are gathered ahead ({@link Primer}).
 * See {@code docs/data-model.md}, "The graph viewers' API".
 *
 * <pre>{@code
 * SparqlServer.builder(store).module(new ExploreModule()).module(new SiteModule()).start();
 * }</pre>
 */
public final class ExploreModule implements FusekiModule {

    private final String base;
    private final String datasetName;
    private Primer primer;

    /** The explorer of the IRIs under the default base, read from the server's only dataset. */
    public ExploreModule() {
        this(IriScheme.DEFAULT_BASE, null);
    }

    /**
     * The explorer of the IRIs under {@code base}, read from the dataset served as {@code datasetName} (the first in
     * name order when null).
     */
    public ExploreModule(String base, String datasetName) {
        this.base = Objects.requireNonNull(base, "base");
        this.datasetName = datasetName;
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        if (primer != null) {
            primer.start();
        }
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (primer != null) {
            primer.stop();
        }
    }

    @Override
    public String name() {
        return "UNKG explorer";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        String name = datasetName != null ? datasetName
                : datasetNames.stream().sorted().findFirst().orElseThrow(
                        () -> new IllegalStateException("the server has no dataset for the explorer to read"));
        DatasetGraph dataset = builder.getDataset(name);
        if (dataset == null) {
            throw new IllegalStateException("the server has no dataset named " + name + " for the explorer to read");
        }
        LocalPaths paths = new LocalPaths(base);
        StoreQueries store = new StoreQueries(dataset);
        Terms terms = Terms.packaged();
        NodeLabels labels = new NodeLabels(store, paths);
        DocumentDates dates = new DocumentDates(store, labels);
        NodeCards cards = new NodeCards(paths, terms, labels, new NodeClasses(store, terms), dates);
        LinkGroups groups = new LinkGroups(store, paths, terms, new FactsMemory(store), dates);
        KnownIris known = new KnownIris(store, paths);
        LinkWriter writer = new LinkWriter(terms);

        builder.addServlet(ExplorerServlet.PATH, new ExplorerServlet(paths, known));
        Neighbourhood neighbourhood = new Neighbourhood(store, terms, groups, cards);
        primer = new Primer(dataset, paths, neighbourhood);
        builder.addServlet(NeighbourhoodServlet.PATH, new NeighbourhoodServlet(known, neighbourhood));
        builder.addServlet(NodesServlet.PATH, new NodesServlet(store, known, cards, new LinksAmong(store, terms),
                writer));
        builder.addServlet(PathsServlet.PATH, new PathsServlet(store, known, new PathFinder(store, paths), cards,
                writer));
        builder.addServlet(LookupServlet.PATH, new LookupServlet(store, new NameLookup(store, paths, known), cards));
    }
}
