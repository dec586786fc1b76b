package org.unkg.serve.explore;

import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.unkg.common.IriScheme;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.lod.LocalPaths;
import org.unkg.serve.lod.ServedData;
import org.unkg.serve.pages.FactsMemory;
import org.unkg.serve.pages.NodeLabels;
import org.unkg.serve.pages.Schema;

/**
 * The graph explorer: its page at {@code /explore} and the API the graph viewers draw from: every kind of link of a
 * thing with its counts ({@code /api/neighbourhood}), the cards of things and the links among them
 * ({@code /api/explore/nodes}), the shortest chains between two things ({@code /api/explore/paths}) and things by
 * their names ({@code /api/explore/lookup}). Everything is read from the served dataset in this process, with the
 * endpoint's timeouts; once the server has started, the busiest things' links are gathered ahead ({@link Primer}).
 * See {@code docs/data-model.md}, "The graph viewers' API".
 *
 * <pre>{@code
 * SparqlServer.builder(store).module(new ExploreModule(IriScheme.standard(), null)).module(new SiteModule()).start();
 * }</pre>
 */
public final class ExploreModule implements FusekiModule {

    private final IriScheme iris;
    private final String datasetName;
    private Primer primer;

    /** The explorer of the IRIs under the published base, read from the server's only dataset. */
    public ExploreModule() {
        this(IriScheme.standard(), null);
    }

    /**
     * The explorer of the IRIs of {@code iris}, read from the dataset served as {@code datasetName} (the first in
     * name order when null).
     */
    public ExploreModule(IriScheme iris, String datasetName) {
        this.iris = Objects.requireNonNull(iris, "iris");
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
        ServedData data = ServedData.of(builder, datasetNames, datasetName, iris);
        LocalPaths paths = data.paths();
        StoreQueries store = data.store();
        Schema schema = Schema.packaged();
        NodeLabels labels = new NodeLabels(store, paths);
        DocumentDates dates = new DocumentDates(store, labels);
        NodeCards cards = new NodeCards(paths, schema, labels, new NodeClasses(store, schema), dates);
        LinkGroups groups = new LinkGroups(store, paths, schema, new FactsMemory(store), dates);
        KnownIris known = new KnownIris(store, paths);
        LinkWriter writer = new LinkWriter(schema);

        builder.addServlet(ExplorerServlet.PATH, new ExplorerServlet(paths, known));
        Neighbourhood neighbourhood = new Neighbourhood(store, schema, groups, cards);
        primer = new Primer(store.dataset(), paths, neighbourhood);
        builder.addServlet(NeighbourhoodServlet.PATH, new NeighbourhoodServlet(known, neighbourhood));
        builder.addServlet(NodesServlet.PATH, new NodesServlet(store, known, cards, new LinksAmong(store, schema),
                writer));
        builder.addServlet(PathsServlet.PATH, new PathsServlet(store, known, new PathFinder(store, paths), cards,
                writer));
        builder.addServlet(LookupServlet.PATH, new LookupServlet(store, new NameLookup(store, paths, known), cards));
    }
}
