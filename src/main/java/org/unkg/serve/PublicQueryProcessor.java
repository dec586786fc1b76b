package org.unkg.serve;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.eclipse.jetty.http.HttpException;
import org.unkg.serve.http.Format;
import org.unkg.serve.http.Negotiation;

/**
 * Fuseki's SPARQL query operation as the public server needs it: with a cap on result rows, and with a request body
 * that Jetty refused (too large, malformed) or that stopped arriving answered with a 4xx status instead of 500.
 *
 * <p>The cap: a query without {@code LIMIT}, or with a greater one, runs as if it said {@code LIMIT max}, and its
 * answer says so in {@code X-SPARQL-MaxRows} (the header other public endpoints use for the same cap). Neither ARQ nor
 * Fuseki 5 has such a setting ({@code fuseki:queryLimit} is declared in Fuseki's vocabulary but read nowhere);
 * rewriting the query keeps the answer well-formed, where cutting the stream of results would end it mid-document,
 * and lets ARQ keep only the top rows of an {@code ORDER BY}.
 */
final class PublicQueryProcessor extends SPARQL_QueryDataset {

    static final String MAX_ROWS_HEADER = "X-SPARQL-MaxRows";

    private final long maxRows;

    PublicQueryProcessor(long maxRows) {
        if (maxRows <= 0) {
            throw new IllegalArgumentException("maxRows " + maxRows + " is not positive");
        }
        this.maxRows = maxRows;
    }

    /** Fuseki reads a form's parameters here, where Jetty reports a body it refuses by an exception. */
    @Override
    public void validate(HttpAction action) {
        try {
            super.validate(action);
        } catch (RuntimeException e) {
            throw refusal(e).orElseThrow(() -> e);
        }
    }

    /** Reads an {@code application/sparql-query} body as Fuseki does, keeping Jetty's reason for refusing it. */
    @Override
    protected void executeBody(HttpAction action) {
        String queryString = null;
        try {
            queryString = IO.readWholeFileAsUTF8(action.getRequestInputStream());
        } catch (IOException | RuntimeException e) {
            Optional<ActionErrorException> refusal = refusal(e);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            ActionLib.consumeBody(action);
            ServletOps.errorOccurred(e);
        }
        execute(queryString, action);
    }

    /** Refuses {@code SERVICE} with a message of its own ({@link FederationRefusal}). */
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        // 422, as ARQ's own refusal gave: the query is well-formed, but asks for what is not offered here.
        FederationRefusal.of(query).ifPresent(message -> ServletOps.error(422, message));
    }

    /**
     * Fuseki's query execution with the row cap, and with the {@link ClientTimeout}: the request's {@code timeout}
     * read as a decimal number of seconds, which Fuseki ignores unless it is a whole one.
     */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query capped = capped(query, maxRows);
        if (capped != query) {
            action.getResponse().setHeader(MAX_ROWS_HEADER, Long.toString(maxRows));
        }
        ClientTimeout timeout = ClientTimeout.of(action.getRequestParameter(ClientTimeout.PARAMETER),
                action.getContext());
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().dataset(dataset).query(capped)
                .context(action.getContext());
        if (timeout.initialMillis() > 0) {
            builder.initialTimeout(timeout.initialMillis(), TimeUnit.MILLISECONDS);
        }
        if (timeout.overallMillis() > 0) {
            builder.overallTimeout(timeout.overallMillis(), TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }

    /**
     * A CONSTRUCT or DESCRIBE answered in the format its {@code format=} (or {@code output=}) names by the short
     * names the service description and the rest of the site take ({@code ttl}, {@code n3}, {@code jsonld},
     * {@code rdf}, {@code nt}, ...), or, for a name that is no RDF format, by {@code Accept}; Fuseki knows fewer
     * names and answers 400 for the others. Results of SELECT and ASK, and requests without either parameter, go
     * to Fuseki as they are.
     */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        String named = action.getRequestParameter("format");
        if (named == null) {
            named = action.getRequestParameter("output");
        }
        if (named == null || !(result.isGraph() || result.isDataset())) {
            super.sendResults(action, result, prologue);
            return;
        }
        Format format = GraphAnswerFormat.choose(named, Negotiation.accept(action.getRequest()));
        action.getResponse().addHeader("Vary", "Accept");
        ServletOps.success(action);
        if (format.isQuads()) {
            DatasetGraph answer = result.isDataset() ? result.dataset() : DatasetGraphFactory.wrap(result.graph());
            ActionLib.datasetResponse(action, answer, format.rdfFormat(), format.contentType());
        } else {
            Graph answer = result.isGraph() ? result.graph() : result.dataset().getDefaultGraph();
            ActionLib.graphResponse(action, answer, format.rdfFormat(), format.contentType());
        }
    }

    /** The query itself when it asks for at most {@code maxRows} rows already (or is an ASK), else a capped copy. */
    static Query capped(Query query, long maxRows) {
        if (query.isAskType() || query.hasLimit() && query.getLimit() <= maxRows) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(maxRows);
        return copy;
    }

    /**
     * Fuseki's error with Jetty's status and reason if Jetty refused the request body, or 408 if the body stopped
     * coming until the connection's idle timeout; empty for any other failure.
     */
    private static Optional<ActionErrorException> refusal(Exception e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            // No cause given: the client's doing is not worth a stack trace in the log.
            if (t instanceof HttpException refused && refused.getCode() >= 400 && refused.getCode() < 500) {
                return Optional.of(new ActionErrorException(refused.getCode(), refused.getReason(), null));
            }
            if (t instanceof TimeoutException) {
                return Optional.of(new ActionErrorException(HttpServletResponse.SC_REQUEST_TIMEOUT,
                        "The request body stopped arriving", null));
            }
        }
        return Optional.empty();
    }
}
