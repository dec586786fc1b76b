package org.unkg.serve.dataset;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.unkg.common.IriScheme;
import org.unkg.load.Store;
import org.unkg.serve.site.EntityPages;
import org.unkg.serve.sparql.Gallery;

/**
 * The dataset as a whole: the home page at {@code /}, its VoID and DCAT description at {@code /.well-known/void}
 * (with {@code /dataset}, the path of its IRI {@code https://w3id.org/unkg/dataset}, redirecting there), and the
 * dump at {@code /dumps/}. All of it comes from what the load wrote beside the store ({@link StoreFacts}), read once
 * as the server is built.
 *
 * <pre>{@code
 * SparqlServer.builder(store).module(new DatasetModule(store, IriScheme.standard())).start();
 * }</pre>
 */
public final class DatasetModule implements FusekiModule {

    private final Store store;
    private final IriScheme iris;

    /** The description of the store's dataset, whose entities have their IRIs under {@code iris}. */
    public DatasetModule(Store store, IriScheme iris) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    @Override
    public String name() {
        return "UNKG dataset: home, description, dumps";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        StoreFacts facts = StoreFacts.of(store);
        VoidDocument document = new VoidDocument(facts);
        // The empty path is the context root exactly, "/": every other path still reaches Fuseki or its 404.
        builder.addServlet("", new HomeServlet(facts));
        builder.addServlet(VoidServlet.PATH, new VoidServlet(document,
                new VoidPage(facts, Gallery.load().prefixMapping(), new EntityPages(iris))));
        builder.addServlet("/dataset", new SeeOther(VoidServlet.PATH));
        DumpServlet dumps = new DumpServlet(facts);
        builder.addServlet(DumpServlet.PATH + "*", dumps);
        builder.addServlet("/dumps", dumps);
    }

    /** 303 See Other from the dataset's IRI to the document that describes it. */
    private static final class SeeOther extends HttpServlet {

        private final String location;

        SeeOther(String location) {
            this.location = location;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", location);
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
    }
}
