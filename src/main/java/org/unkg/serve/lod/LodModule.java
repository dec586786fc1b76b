package org.unkg.serve.lod;

import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.unkg.common.IriScheme;

/**
 * Linked data for every IRI under the base ({@code https://w3id.org/unkg/} unless given): the IRIs themselves at the
 * same paths on this server ({@code /id/...}, {@code /graph/...}: 303 See Other to the page or the description), and
 * their descriptions in RDF ({@code /data/...}), read from the served dataset in this process, with the endpoint's
 * timeouts. See {@code docs/data-model.md}, "Dereferencing". The HTML pages are {@code serve.pages}'.
 *
 * <pre>{@code
 * SparqlServer.builder(store).module(new LodModule()).module(new PagesModule()).start();
 * }</pre>
 */
public final class LodModule implements FusekiModule {

    /** Where the RDF descriptions are. */
    public static final String DATA = "/data/";

    private final IriScheme iris;
    private final String datasetName;

    /** Linked data for the IRIs under the published base, read from the server's only dataset. */
    public LodModule() {
        this(IriScheme.standard(), null);
    }

    /**
     * Linked data for the IRIs of {@code iris}, read from the dataset served as {@code datasetName} (the first in
     * name order when null).
     */
    public LodModule(IriScheme iris, String datasetName) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.datasetName = datasetName;
    }

    @Override
    public String name() {
        return "UNKG linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        ServedData data = ServedData.of(builder, datasetNames, datasetName, iris);
        builder.addServlet("/id/*", new DereferenceServlet("/id/", false, data.paths(), data.descriptions(),
                data.notFound()));
        builder.addServlet("/graph/*", new DereferenceServlet("/graph/", true, data.paths(), data.descriptions(),
                data.notFound()));
        builder.addServlet(DATA + "*", new DataServlet(data.paths(), data.descriptions(), data.notFound()));
    }
}
