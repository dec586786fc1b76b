package org.unkg.serve.site;

import java.util.Set;

import jakarta.servlet.http.HttpServlet;

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

    /**
     * A servlet for the files of a classpath folder, mounted at {@code PREFIX*}: each with its media type, an entity
     * tag, the given {@code Cache-Control} and CORS open to any origin; 404 for anything else.
     */
    public static HttpServlet files(String classpathFolder, String cacheControl) {
        return new FileServlet(new ClasspathFiles(classpathFolder), cacheControl);
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(STATIC + "*", files("org/unkg/serve/site/static/", "public, max-age=3600"));
        // Versioned addresses never change their content.
        builder.addServlet(WebJars.PREFIX + "*", files("META-INF/resources/webjars/",
                "public, max-age=31536000, immutable"));
    }
}
