package org.unkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Tells a client that sends {@code SERVICE} that this endpoint does not offer federated queries, before ARQ refuses
 * it with a message about a server setting the client cannot change. {@code SERVICE SILENT} is left to ARQ, which
 * answers it with the empty row a failed silent call gives.
 */
final class FederationRefusal {

    static final String MESSAGE = "This endpoint does not run federated queries: SERVICE %s is not called. Run the"
            + " query at a SPARQL engine of your own that federates (Jena ARQ, Comunica, RDF4J) and give it this"
            + " endpoint as one of the services.";

    private FederationRefusal() {
    }

    /** The message for the first non-silent {@code SERVICE} in the query's pattern, subqueries included. */
    static Optional<String> of(Query query) {
        return firstService(query).map(service -> String.format(MESSAGE, service));
    }

    private static Optional<String> firstService(Query query) {
        if (query.getQueryPattern() == null) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                if (!service.getSilent()) {
                    found.add(service.getServiceNode().toString());
                }
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                firstService(subQuery.getQuery()).ifPresent(found::add);
            }
        });
        return found.stream().findFirst();
    }
}
