package org.unkg.serve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.unkg.load.StoreException;

/**
 * Refuses to build a server whose configuration offers anything but SPARQL query. The store is rebuilt by
 * {@code unkg load}, never changed over HTTP: an update, upload or graph-store endpoint added to {@code config.ttl} by
 * mistake would either change the served store behind the loader's back or fail at the first request.
 */
final class QueryOnly implements FusekiModule {

    private final String configSource;

    QueryOnly(String configSource) {
        this.configSource = configSource;
    }

    @Override
    public String name() {
        return "UNKG query only";
    }

    @Override
    public void configured(FusekiServer.Builder builder, DataAccessPointRegistry registry, Model configModel) {
        List<String> offending = new ArrayList<>();
        for (DataAccessPoint point : registry.accessPoints()) {
            for (Operation operation : point.getDataService().getOperations()) {
                if (!Operation.Query.equals(operation)) {
                    offending.add(point.getName() + " offers " + operation.getName());
                }
            }
        }
        if (!offending.isEmpty()) {
            throw new StoreException(configSource + ": the server is read-only and serves SPARQL query only, but "
                    + String.join("; ", offending));
        }
    }
}
