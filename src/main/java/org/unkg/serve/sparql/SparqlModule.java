package org.unkg.serve.sparql;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.unkg.serve.site.SiteModule;

/**
 * The endpoint's human and self-describing side: at {@code /sparql}, the SPARQL editor with the query gallery for
 * browsers and the SPARQL 1.1 Service Description for other clients, in front of Fuseki, which still answers every
 * query ({@link SparqlFrontFilter}); and the gallery itself as Turtle at {@code /queries/gallery.ttl}.
 *
 * <pre>{@code
 * SparqlServer.builder(store).module(new SparqlModule()).start();
 * }</pre>
 */
public final class SparqlModule implements FusekiModule {

    /** Where the gallery's Turtle is served. */
    public static final String GALLERY_PATH = "/queries/gallery.ttl";

    @Override
    public String name() {
        return "UNKG SPARQL editor and service description";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        EditorPage editor = new EditorPage(Gallery.load(), OntologyTerms.load());
        SparqlFrontFilter filter = new SparqlFrontFilter(editor, new ServiceDescription());
        for (String name : datasetNames) {
            builder.addFilter(name.startsWith("/") ? name : "/" + name, filter);
        }
        // the gallery as it is, comments included (GALLERY_PATH), from the folder of Gallery.RESOURCE
        builder.addServlet("/queries/*", SiteModule.files("queries/", "public, max-age=300"));
    }
}
