package org.unkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.unkg.image.ImageLocation;
import org.unkg.image.ImageUnpacker;
import org.unkg.load.Store;
import org.unkg.load.StoreException;
import org.unkg.load.StoreLayout;
import org.unkg.progress.ConsoleProgress;
import org.unkg.serve.PublicServer;
import org.unkg.serve.SparqlServer;
import org.unkg.serve.ops.OperationsModule;
import org.unkg.serve.ops.OperationsSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unkg serve --db DIR | --image FILE|URL}: serves a store read-only over SPARQL until stopped. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serves the current store of DIR, or the store of an image, read-only at http://HOST:PORT/sparql",
            "(SPARQL 1.1 query protocol), with the settings of fuseki-config/config.ttl (the working directory's,",
            "else the built-in one), the pages, the ontology at /ontology, /health/live, /health/ready and /metrics.",
            "On SIGTERM it stops being ready, serves on for --drain-seconds while a balancer notices, then",
            "finishes the requests in flight and exits."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    private StoreOrImage source;

    /** What to serve: a store directory, or an image. */
    static final class StoreOrImage {
        @Option(names = "--db", required = true, paramLabel = "DIR", description = "The store directory given to 'load'.")
        private Path db;

        @Option(names = "--image", required = true, paramLabel = "FILE|URL",
                description = "A store image ('unkg image build'): a path or an http(s) URL. It is fetched, verified "
                        + "and unpacked into --work, unless the store of the same image is there already.")
        private String image;
    }

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "work/replica",
            description = "Where --image is unpacked; one directory per replica (default: ${DEFAULT-VALUE}).")
    private Path work;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + SparqlServer.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "H",
            description = "The address to listen on, e.g. 127.0.0.1 (default: every interface).")
    private String host;

    @Option(names = "--drain-seconds", paramLabel = "S", defaultValue = "5",
            description = "On SIGTERM, how long to go on serving while not ready, for a balancer's health checks to "
                    + "notice (default: ${DEFAULT-VALUE}).")
    private int drainSeconds;

    @Option(names = "--stop-timeout", paramLabel = "S", defaultValue = "30",
            description = "Then, how long to wait at most for the requests in flight (default: ${DEFAULT-VALUE}).")
    private int stopTimeout;

    @Option(names = "--warm-up-seconds", paramLabel = "S", defaultValue = "120",
            description = "The longest the warm-up (the gallery's queries, asked once) may take before the server "
                    + "is ready; 0 for none (default: ${DEFAULT-VALUE}).")
    private int warmUpSeconds;

    @Override
    public Integer call() {
        if (drainSeconds < 0 || stopTimeout < 0 || warmUpSeconds < 0) {
            spec.commandLine().getErr().println("unkg serve: --drain-seconds, --stop-timeout and --warm-up-seconds "
                    + "must not be negative");
            return 2;
        }
        SparqlServer server;
        try {
            Store store = source.db != null ? new StoreLayout(source.db).requireCurrent()
                    : new ImageUnpacker(new ConsoleProgress()).unpack(ImageLocation.parse(source.image), work).store();
            server = PublicServer.builder(store, new OperationsSettings(Duration.ofSeconds(warmUpSeconds),
                    Duration.ofSeconds(stopTimeout))).port(port).host(host).start();
        } catch (StoreException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("unkg serve: " + e.getMessage());
            return 1;
        }
        OperationsModule operations = OperationsModule.of(server.fuseki()).orElseThrow();
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> operations.drainAndStop(server::stop, Duration.ofSeconds(drainSeconds)), "unkg-serve-stop"));
        spec.commandLine().getOut().println("SPARQL endpoint: " + server.endpointUrl()
                + " (dataset version " + server.store().id() + ")");
        spec.commandLine().getOut().println("Ontology: " + server.url("/ontology"));
        spec.commandLine().getOut().println("In a browser: " + server.url("/"));
        spec.commandLine().getOut().println("Health: " + server.url("/health/ready") + ", metrics: "
                + server.url("/metrics"));
        spec.commandLine().getOut().flush();
        server.join();
        return 0;
    }
}
