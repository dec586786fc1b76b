package org.unkg.serve.search;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * Full-text search on the pages: {@code /search}, over the jena-text index of the served dataset, in Chinese and
 * English ({@link SearchServlet}).
 *
 * <pre>{@code
 * SparqlServer.builder(store).module(new SearchModule()).start();
 * }</pre>
 */
public final class SearchModule implements FusekiModule {

    /** Where the results page is; the search box of every page sends its words there. */
    public static final String PATH = "/search";

    @Override
    public String name() {
        return "UNKG search";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(PATH, new SearchServlet());
    }
}
