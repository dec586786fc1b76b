package org.unkg.serve.site;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The human side of the server, beside the SPARQL endpoint: the site's own stylesheet and scripts at
 * {@code /static/}, and the WebJars (graph viewer, SPARQL editor) at {@code /webjars/}, both from the classpath.
 *
 * <pre>{@code
 * SparqlServer.builder(store).module(new SiteModule()).start();
 * }</pre>
 */
public final class SiteModule implements FusekiModule {

    /** Where the site's own files are served; templates link {@code /static/site.css} and the pages' scripts. */
    public static final String STATIC = "/static/";

    @Override
    public String name() {
        return "UNKG site";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(STATIC + "*", new FileServlet(
                new ClasspathFiles("org/unkg/serve/site/static/"), "public, max-age=3600"));
        // Versioned addresses never change their content.
        builder.addServlet(WebJars.PREFIX + "*", new FileServlet(
                new ClasspathFiles("META-INF/resources/webjars/"), "public, max-age=31536000, immutable"));
    }
}
