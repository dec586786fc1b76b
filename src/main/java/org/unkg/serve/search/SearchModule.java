package org.unkg.serve.search;

import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.unkg.common.IriScheme;

/**
 * Full-text search on the pages: {@code /search}, over the jena-text index of the served dataset, in Chinese and
 * English ({@link SearchServlet}).
 *
 * <pre>{@code
 * SparqlServer.builder(store).module(new SearchModule(IriScheme.standard())).start();
 * }</pre>
 */
public final class SearchModule implements FusekiModule {

    /** Where the results page is; the search box of every page sends its words there. */
    public static final String PATH = "/search";

    @Override
    public String name() {
        return "UNKG search";
    }

    private final IriScheme iris;

    /** Search over data whose entities have their IRIs under {@code iris}. */
    public SearchModule(IriScheme iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(PATH, new SearchServlet(iris));
    }
}
