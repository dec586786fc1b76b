package org.unkg.serve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.load.ConfigFile;
import org.unkg.load.OpenStore;
import org.unkg.load.OpenStores;
import org.unkg.load.Store;
import org.unkg.load.StoreConfig;
import org.unkg.load.StoreException;

/**
 * The read-only SPARQL server of a store: an embedded Fuseki configured by {@code config.ttl}, pointed at the store,
 * answering queries at {@code /sparql} and nothing else (no update, no upload, no admin endpoints, no web UI), within
 * the {@link ServerLimits} of {@code limits.properties}, with the {@link SecurityHeaders} on every answer.
 *
 * <pre>{@code
 * Store store = new StoreLayout(Path.of("db")).requireCurrent();
 * try (SparqlServer server = SparqlServer.builder(store).port(0).start()) {
 *     URI endpoint = URI.create(server.endpointUrl());    // http://localhost:PORT/sparql
 *     ...
 * }
 * }</pre>
 *
 * More HTTP handlers (linked-data pages, static files) come in as {@link FusekiModule}s, whose {@code prepare} hook
 * receives the {@link FusekiServer.Builder} to add servlets, filters and operations to.
 */
public final class SparqlServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);

    public static final int DEFAULT_PORT = 3030;

    private final FusekiServer fuseki;
    private final Store store;
    private final String host;
    private final List<DatasetGraph> datasets;
    private boolean stopped;

    private SparqlServer(FusekiServer fuseki, Store store, String host, List<DatasetGraph> datasets) {
        this.fuseki = fuseki;
        this.store = store;
        this.host = host;
        this.datasets = datasets;
    }

    /** A server for a store, on port 3030 of every network interface unless told otherwise. */
    public static Builder builder(Store store) {
        return new Builder(store);
    }

    /** The port the server listens on; the one the system chose when built with port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The SPARQL endpoint, e.g. {@code http://localhost:3030/sparql}. */
    public String endpointUrl() {
        String name = fuseki.getDataAccessPointRegistry().accessPoints().stream()
                .map(DataAccessPoint::getName)
                .sorted()
                .findFirst()
                .orElseThrow();
        return url(name);
    }

    /** The address of a path on this server: {@code url("/ontology")} is {@code http://localhost:3030/ontology}. */
    public String url(String path) {
        String shownHost = host == null || host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        if (shownHost.contains(":")) {
            shownHost = "[" + shownHost + "]";
        }
        return "http://" + shownHost + ":" + port() + path;
    }

    public Store store() {
        return store;
    }

    /** The Fuseki server underneath, for inspection. */
    public FusekiServer fuseki() {
        return fuseki;
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server and closes the store, releasing its lock files. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            fuseki.stop();
        } finally {
            release(store, datasets, null);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void release(Store store, List<DatasetGraph> datasets, Throwable failure) {
        for (DatasetGraph dataset : datasets) {
            try {
                OpenStore.release(dataset);
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else {
                    LOG.warn("Closing store {}: {}", store.id(), e.getMessage());
                }
            }
        }
        OpenStores.closed(store);
    }

    public static final class Builder {

        private final Store store;
        private StoreConfig config;
        private ConfigFile cors;
        private ServerLimits limits;
        private int port = DEFAULT_PORT;
        private String host;
        private final List<FusekiModule> modules = new ArrayList<>();

        private Builder(Store store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The description to serve the store with; {@link StoreConfig#locate()} unless set. */
        public Builder config(StoreConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** The cross-origin settings; {@code fuseki-config/cors.properties} (working directory, else jar) unless set. */
        public Builder cors(ConfigFile cors) {
            this.cors = Objects.requireNonNull(cors, "cors");
            return this;
        }

        /** What one client may ask of the server; {@link ServerLimits#locate()} unless set. */
        public Builder limits(ServerLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The port; 0 lets the system choose a free one ({@link SparqlServer#port()} tells which). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
            }
            this.port = port;
            return this;
        }

        /** The address to listen on; every interface if not set. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Adds a module: its hooks run as the server is built, started and stopped. */
        public Builder module(FusekiModule module) {
            modules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /** Builds and starts the server; fails with a {@link StoreException} saying why. */
        public SparqlServer start() {
            if (OpenStores.isOpen(store)) {
                // TDB2 shares one database object per location within a process: a second server would serve it
                // twice, and closing either would close both.
                throw new StoreException("store " + store.id() + " is already open in this process");
            }
            StoreConfig description = config != null ? config : StoreConfig.locate();
            ConfigFile corsFile = cors != null ? cors : ConfigFile.locate(ConfigFile.CORS_PROPERTIES);
            ServerLimits bounds = limits != null ? limits : ServerLimits.locate();
            List<FusekiModule> all = new ArrayList<>();
            all.add(new QueryOnly(description.source()));
            all.addAll(modules);

            // ARQ sorts a whole result unless its ORDER BY comes with a LIMIT below this threshold (1,000 unless set;
            // the setting is process-wide). Above the row cap, every ORDER BY keeps only the rows it may return:
            // a sorted cross product otherwise held GBs for its 5 seconds.
            ARQ.getContext().set(ARQ.topNSortingThreshold,
                    (int) Math.min(Integer.MAX_VALUE, bounds.maxResultRows() + 1));
            Model assembly = description.forStore(store);
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(port)
                    // Explicit modules: nothing found on the classpath (an admin area, a UI) joins in unasked.
                    .fusekiModules(FusekiModules.create(all))
                    .enableCors(true, corsFile.onDisk().toString())
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                            new PublicQueryProcessor(bounds.maxResultRows()))
                    .addFilter("/*", new SecurityHeaders())
                    .numServerThreads(-1, bounds.maxThreads());
            List<DatasetGraph> datasets = new ArrayList<>();
            OpenStores.opened(store);
            try {
                builder.parseConfig(assembly);
                Set<String> endpoints = new HashSet<>();
                for (RDFNode name : assembly.listObjectsOfProperty(FusekiVocab.pServiceName).toList()) {
                    endpoints.add("/" + name.asLiteral().getLexicalForm());
                    DataService.Builder service = builder.getDataServiceBuilder(name.asLiteral().getLexicalForm());
                    DatasetGraph dataset = service == null ? null : service.dataset();
                    if (dataset != null && !datasets.contains(dataset)) {
                        datasets.add(dataset);
                    }
                    if (dataset instanceof DatasetGraphText text) {
                        service.dataset(new ReadAbortAsEnd(text));
                    }
                }
                builder.addFilter("/*", new HeadAsGet(endpoints));
                FusekiServer fuseki = builder.build();
                HttpLimits.apply(fuseki.getJettyServer(), bounds);
                if (host != null) {
                    for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                        if (connector instanceof ServerConnector serverConnector) {
                            serverConnector.setHost(host);
                        }
                    }
                }
                fuseki.start();
                return new SparqlServer(fuseki, store, host, datasets);
            } catch (StoreException e) {
                release(store, datasets, e);
                throw e;
            } catch (RuntimeException e) {
                StoreException failure = new StoreException("cannot serve store " + store.id() + " (with "
                        + description.source() + ") on port " + port + ": " + message(e), e);
                release(store, datasets, failure);
                throw failure;
            }
        }

        /** The innermost message: Fuseki and jena-text wrap the informative exception in vaguer ones. */
        private static String message(Throwable e) {
            String message = e.toString();
            for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
                if (t.getMessage() != null) {
                    message = t.getMessage();
                }
            }
            return message;
        }
    }
}
