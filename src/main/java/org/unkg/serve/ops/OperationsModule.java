package org.unkg.serve.ops;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.common.ProgramFingerprint;
import org.unkg.load.Store;

/**
 * What running the server behind a load balancer takes: {@code /health/live} and {@code /health/ready},
 * {@code /metrics}, the dataset version on every answer and in the entity tags of pages and data, a warm-up before
 * the server is ready, and a graceful stop.
 *
 * <pre>{@code
 * SparqlServer server = SparqlServer.builder(store).module(new OperationsModule(store, settings)).start();
 * // on SIGTERM:
 * OperationsModule.of(server.fuseki()).orElseThrow().drainAndStop(server::stop, Duration.ofSeconds(5));
 * }</pre>
 */
public final class OperationsModule implements FusekiModule {

    private static final Logger LOG = LoggerFactory.getLogger(OperationsModule.class);
    private static final String ATTRIBUTE = OperationsModule.class.getName();

    private final DatasetVersion version;
    private final OperationsSettings settings;
    private final Readiness readiness = new Readiness();
    private final ServerMetrics metrics;
    private Thread warmUp;

    public OperationsModule(Store store, OperationsSettings settings) {
        this.version = new DatasetVersion(Objects.requireNonNull(store, "store").id(), ProgramFingerprint.sha256());
        this.settings = Objects.requireNonNull(settings, "settings");
        this.metrics = new ServerMetrics(version, readiness);
    }

    /** The module of a server built with it. */
    public static Optional<OperationsModule> of(FusekiServer server) {
        Object module = server.getServletContext().getAttribute(ATTRIBUTE);
        return module instanceof OperationsModule operations ? Optional.of(operations) : Optional.empty();
    }

    @Override
    public String name() {
        return "UNKG operations: health, metrics, dataset version, graceful stop";
    }

    public DatasetVersion version() {
        return version;
    }

    public Readiness readiness() {
        return readiness;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServletAttribute(ATTRIBUTE, this);
        builder.addServlet(HealthServlet.LIVE, new HealthServlet(false, version, readiness));
        builder.addServlet(HealthServlet.READY, new HealthServlet(true, version, readiness));
        builder.addServlet(MetricsServlet.PATH, new MetricsServlet(metrics));
        builder.addFilter("/*", new EntityTagFilter(version));
        for (String name : datasetNames) {
            builder.addFilter(name.startsWith("/") ? name : "/" + name, new QueriesRunning(metrics));
        }
    }

    /**
     * Completes the handlers the server was built with: the version and the metrics outermost, then the graceful
     * stop; health checks and scrapes bypass the queue of the server's limits, so that a server busy with long
     * queries still says at once whether it is ready.
     */
    @Override
    public void serverBeforeStarting(FusekiServer server) {
        Server jetty = server.getJettyServer();
        QoSHandler queue = jetty.getDescendant(QoSHandler.class);
        if (queue != null) {
            queue.excludePath(HealthServlet.LIVE, HealthServlet.READY, MetricsServlet.PATH);
            metrics.bindQueued(queue::getSuspendedRequestCount);
        }
        countTimeouts(server);
        metrics.bindTimeouts(() -> timeouts(server));
        jetty.setHandler(new RequestEvents(new GracefulHandler(jetty.getHandler()), version, readiness, metrics));
        jetty.setStopTimeout(settings.stopTimeout().toMillis());
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        if (settings.warmUp().isZero()) {
            readiness.warm();
            return;
        }
        WarmUp warm = new WarmUp(selfAddress(server), settings.warmUp());
        warmUp = new Thread(() -> {
            if (warm.run()) {
                readiness.warm();
                LOG.info("Ready: dataset version {}", version.version());
            }
        }, "unkg-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public void serverStopped(FusekiServer server) {
        readiness.drain();
        if (warmUp != null) {
            warmUp.interrupt();
        }
        metrics.close();
    }

    /**
     * Stops as a balancer needs it: not ready from now on (the health check fails, answers close their connections),
     * still serving for {@code delay} while the balancer notices and sends its last requests, then no new connection
     * and the requests in flight finished, for at most the stop timeout, before the server stops.
     */
    public void drainAndStop(Runnable stop, Duration delay) {
        readiness.drain();
        LOG.info("Draining: not ready; stopping in {} ms, then finishing the requests in flight (at most {} s)",
                delay.toMillis(), settings.stopTimeout().toSeconds());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop.run();
        LOG.info("Stopped");
    }

    /**
     * Fuseki's query operation counts timeouts only where the endpoint has a counter for them, and Fuseki 5.6 gives
     * its endpoints none: this adds it.
     */
    private static void countTimeouts(FusekiServer server) {
        for (DataAccessPoint point : server.getDataAccessPointRegistry().accessPoints()) {
            for (Endpoint endpoint : point.getDataService().getEndpoints(Operation.Query)) {
                if (!endpoint.getCounters().contains(CounterName.QueryTimeouts)) {
                    endpoint.getCounters().add(CounterName.QueryTimeouts);
                }
            }
        }
    }

    private static long timeouts(FusekiServer server) {
        long total = 0;
        for (DataAccessPoint point : server.getDataAccessPointRegistry().accessPoints()) {
            DataService service = point.getDataService();
            for (Operation operation : service.getOperations()) {
                for (Endpoint endpoint : service.getEndpoints(operation)) {
                    if (endpoint.getCounters().contains(CounterName.QueryTimeouts)) {
                        total += endpoint.getCounters().value(CounterName.QueryTimeouts);
                    }
                }
            }
        }
        return total;
    }

    /** The server as a client on this machine reaches it. */
    private static String selfAddress(FusekiServer server) {
        String host = "127.0.0.1";
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector c && c.getHost() != null && !c.getHost().equals("0.0.0.0")
                    && !c.getHost().equals("::")) {
                host = c.getHost().contains(":") ? "[" + c.getHost() + "]" : c.getHost();
            }
        }
        return "http://" + host + ":" + server.getHttpPort();
    }
}
