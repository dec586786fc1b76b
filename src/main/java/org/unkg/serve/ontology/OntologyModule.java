package org.unkg.serve.ontology;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * Serves the ontology at its IRI beside the SPARQL endpoint: {@code https://w3id.org/unkg/ontology} at
 * {@code /ontology} (also {@code /ontology/}, {@code /ontology/0.1.0} and {@code /ontology.ttl}, {@code .jsonld},
 * {@code .rdf}, {@code .nt}, {@code .html}) as Turtle, JSON-LD, RDF/XML, N-Triples or an HTML documentation page in
 * English or Chinese, and its SHACL shapes at {@code /ontology/shapes} in the RDF formats.
 *
 * <pre>{@code
 * SparqlServer.builder(store).module(new OntologyModule()).module(new SiteModule()).start();
 * }</pre>
 *
 * The files are read from the classpath ({@code ontology/unkg.ttl}, {@code ontology/shapes.ttl}) and every
 * representation is made once, as the server is built; a broken file stops the server from starting. The page's
 * stylesheet and the script of its diagram are the site's ({@code /static/ontology.css},
 * {@code /static/ontology-diagram.js} and Cytoscape.js, from {@link org.unkg.serve.site.SiteModule}).
 */
public final class OntologyModule implements FusekiModule {

    private OntologySite site;

    @Override
    public String name() {
        return "UNKG ontology";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        site = OntologySite.load();
        OntologyServlet servlet = new OntologyServlet(site);
        for (String pathSpec : site.pathSpecs()) {
            builder.addServlet(pathSpec, servlet);
        }
    }

    /** The path the ontology is served at, {@code /ontology}; known once the server is built. */
    public String path() {
        return site == null ? null : site.ontologyPath();
    }
}
