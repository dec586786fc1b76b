package org.unkg.serve;

import org.unkg.common.IriScheme;
import org.unkg.load.Store;
import org.unkg.serve.dataset.DatasetModule;
import org.unkg.serve.explore.ExploreModule;
import org.unkg.serve.lod.LodModule;
import org.unkg.serve.ontology.OntologyModule;
import org.unkg.serve.ops.OperationsModule;
import org.unkg.serve.ops.OperationsSettings;
import org.unkg.serve.pages.PagesModule;
import org.unkg.serve.search.SearchModule;
import org.unkg.serve.site.SiteModule;
import org.unkg.serve.sparql.SparqlModule;

/**
 * The server as {@code unkg serve} and {@code unkg up} run it: the SPARQL endpoint with every module of the site
 * (ontology, linked data and pages of the data IRIs, the graph explorer, search, dataset, files), the data's IRIs
 * under the published base, and what a load balancer needs of it (health, metrics, dataset version, graceful stop).
 * Tests that want the real thing build it here too.
 *
 * <pre>{@code
 * try (SparqlServer server = PublicServer.builder(store).port(0).start()) { ... }
 * }</pre>
 */
public final class PublicServer {

    private PublicServer() {
    }

    /** A builder with every module added; port, host and configuration can still be set on it. */
    public static SparqlServer.Builder builder(Store store) {
        return builder(store, OperationsSettings.defaults());
    }

    /** The same, with the given warm-up and stop settings for the health checks and the graceful stop. */
    public static SparqlServer.Builder builder(Store store, OperationsSettings operations) {
        IriScheme iris = IriScheme.standard();
        return SparqlServer.builder(store)
                .module(new OperationsModule(store, operations))
                .module(new OntologyModule())
                .module(new LodModule(iris, null))
                .module(new PagesModule(iris, null))
                .module(new ExploreModule(iris, null))
                .module(new SiteModule())
                .module(new SparqlModule())
                .module(new DatasetModule(store, iris))
                .module(new SearchModule(iris));
    }
}
