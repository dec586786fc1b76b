package org.unkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.unkg.load.Store;
import org.unkg.load.StoreException;
import org.unkg.load.StoreLayout;
import org.unkg.serve.PublicServer;
import org.unkg.serve.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unkg serve --db DIR}: serves the current store read-only over SPARQL until stopped. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serves the current store of DIR read-only at http://HOST:PORT/sparql (SPARQL 1.1 query protocol),",
            "with the settings of fuseki-config/config.ttl (the working directory's, else the built-in one), and",
            "the ontology at http://HOST:PORT/ontology (Turtle, JSON-LD, RDF/XML, N-Triples or HTML)."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The store directory given to 'load'.")
    private Path db;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + SparqlServer.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "H",
            description = "The address to listen on, e.g. 127.0.0.1 (default: every interface).")
    private String host;

    @Override
    public Integer call() {
        SparqlServer server;
        try {
            Store store = new StoreLayout(db).requireCurrent();
            server = PublicServer.builder(store).port(port).host(host).start();
        } catch (StoreException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("unkg serve: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "unkg-serve-stop"));
        spec.commandLine().getOut().println("SPARQL endpoint: " + server.endpointUrl()
                + " (store " + server.store().id() + ")");
        spec.commandLine().getOut().println("Ontology: " + server.url("/ontology"));
        spec.commandLine().getOut().println("In a browser: " + server.url("/"));
        spec.commandLine().getOut().flush();
        server.join();
        return 0;
    }
}
