package org.unkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.unkg.load.StoreException;
import org.unkg.progress.ConsoleProgress;
import org.unkg.serve.PublicServer;
import org.unkg.serve.SparqlServer;
import org.unkg.up.UpJob;
import org.unkg.up.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unkg up}: convert the bundled corpus, load it, serve it. */
@Command(name = "up", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Converts the bundled corpus (data/), loads it with the ontology, the vocabularies and the",
            "query gallery into the store work/db, and serves it at http://localhost:PORT/sparql, with the pages",
            "at http://localhost:PORT/ and the ontology at http://localhost:PORT/ontology.",
            "A store built from the same sources is reused."})
public final class UpCommand implements Callable<Integer> {

    /** A first query: the documents that cite resolution 1373 (2001), with their dates. */
    static final String EXAMPLE_QUERY = """
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            SELECT ?symbol ?date WHERE {
              ?doc unkg:cites <https://w3id.org/unkg/id/document/S/RES/1373(2001)> ;
                   unkg:symbol ?symbol .
              OPTIONAL { ?doc dct:date ?date }
            } ORDER BY ?date""";

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + SparqlServer.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "H", description = "The address to listen on (default: every interface).")
    private String host;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        SparqlServer server;
        try {
            UpJob.Outcome outcome = new UpJob(Workspace.locate(), new ConsoleProgress(), err).prepare();
            server = PublicServer.builder(outcome.store()).port(port).host(host).start();
        } catch (StoreException | IllegalArgumentException | java.io.IOException e) {
            err.println("unkg up: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "unkg-up-stop"));
        String url = server.endpointUrl().replace("0.0.0.0", "localhost");
        out.println();
        out.println("UNKG is up. SPARQL endpoint: " + url);
        out.println("Ontology: " + server.url("/ontology"));
        out.println("In a browser: " + server.url("/") + " (search, SPARQL editor with example queries, "
                + "dataset description, downloads)");
        out.println("Try:");
        out.println("  curl -s " + url + " -H 'Accept: text/csv' --data-urlencode query@- <<'EOF'");
        out.println(EXAMPLE_QUERY);
        out.println("EOF");
        out.println("Stop with Ctrl-C.");
        out.flush();
        server.join();
        return 0;
    }
}
