package org.unkg.serve.pages;

import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.unkg.common.IriScheme;
import org.unkg.serve.lod.ServedData;

/**
 * The HTML page of every IRI under the base ({@code https://w3id.org/unkg/} unless given), {@code /page/...}, whose
 * graph viewer draws from the explorer's {@code /api/neighbourhood}, read from the served dataset in this process,
 * with the endpoint's timeouts. The IRIs themselves and their RDF are {@code serve.lod}'s
 * ({@link org.unkg.serve.lod.LodModule}).
 *
 * <pre>{@code
 * SparqlServer.builder(store).module(new LodModule()).module(new PagesModule()).module(new SiteModule()).start();
 * }</pre>
 */
public final class PagesModule implements FusekiModule {

    private final IriScheme iris;
    private final String datasetName;

    /** The pages of the IRIs under the published base, read from the server's only dataset. */
    public PagesModule() {
        this(IriScheme.standard(), null);
    }

    /**
     * The pages of the IRIs of {@code iris}, read from the dataset served as {@code datasetName} (the first in name
     * order when null).
     */
    public PagesModule(IriScheme iris, String datasetName) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.datasetName = datasetName;
    }

    @Override
    public String name() {
        return "UNKG pages";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        ServedData data = ServedData.of(builder, datasetNames, datasetName, iris);
        Schema schema = Schema.packaged();
        NodeLabels labels = new NodeLabels(data.store(), data.paths());
        FactsMemory facts = new FactsMemory(data.store());
        EntityPageBuilder pages = new EntityPageBuilder(data.store(), data.paths(), schema, labels, facts);

        builder.addServlet(PageServlet.PREFIX + "*", new PageServlet(data.paths(), data.descriptions(), pages,
                data.notFound()));
    }
}
