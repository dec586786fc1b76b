package org.unkg.serve.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;

/**
 * SPARQL queries on the served dataset, in this process, for every part of the site (pages, linked data, search):
 * the same union default graph and the same timeouts as the endpoint ({@code arq:queryTimeout} of the server's
 * configuration), the ontology's prefixes ({@link PackagedOntology#sparqlPrologue()}), values put in by
 * substitution rather than by writing them into the query text, and every query of one answer in one read
 * transaction.
 */
public final class StoreQueries {

    /** When the configuration says nothing: 5 s to the first result, 30 s in all, as {@code config.ttl} says. */
    private static final long[] DEFAULT_TIMEOUT = {5000, 30000};

    private final DatasetGraph dataset;
    private final long[] timeout;

    public StoreQueries(DatasetGraph dataset) {
        this.dataset = dataset;
        this.timeout = timeout(Context.mergeCopy(Fuseki.getContext(), dataset.getContext()));
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** A query with the ontology's prefixes; parsed once as a constant, a mistake in one fails as its class loads. */
    public static Query parse(String query) {
        return QueryFactory.create(PackagedOntology.get().sparqlPrologue() + query);
    }

    /** Runs {@code work} in one read transaction. */
    public <T> T read(Supplier<T> work) {
        return Txn.calculateRead(dataset, work);
    }

    /** The rows of a SELECT query, with the variables given bound to the nodes. */
    public List<Binding> select(Query query, Map<String, Node> values) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = exec(query, values)) {
            RowSet rowSet = exec.select();
            rowSet.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The answer of an ASK query. */
    public boolean ask(Query query, Map<String, Node> values) {
        try (QueryExec exec = exec(query, values)) {
            return exec.ask();
        }
    }

    /** The result of a CONSTRUCT query, as triples. */
    public Graph construct(Query query, Map<String, Node> values) {
        try (QueryExec exec = exec(query, values)) {
            return exec.construct();
        }
    }

    /** The result of a CONSTRUCT query with GRAPH in its template, as quads. */
    public Iterator<Quad> constructQuads(Query query, Map<String, Node> values) {
        List<Quad> quads = new ArrayList<>();
        try (QueryExec exec = exec(query, values)) {
            exec.constructQuads().forEachRemaining(quads::add);
        }
        return quads.iterator();
    }

    /**
     * An IRI written as SPARQL {@code <...>}, for the few queries that must hold it in their text; refuses an IRI
     * with a character SPARQL does not allow there, so that nothing can close the brackets.
     */
    public static String iri(String iri) {
        if (!holdable(iri)) {
            throw new IllegalArgumentException("not an IRI SPARQL can hold: " + iri);
        }
        return "<" + iri + ">";
    }

    /** Whether a string can stand between SPARQL's {@code <} and {@code >}: no space, control or bracket. */
    public static boolean holdable(String iri) {
        if (iri.isEmpty()) {
            return false;
        }
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private QueryExec exec(Query query, Map<String, Node> values) {
        BindingBuilder binding = Binding.builder();
        values.forEach((name, node) -> binding.add(Var.alloc(name), node));
        return QueryExec.dataset(dataset).query(query).substitution(binding.build())
                .initialTimeout(timeout[0], TimeUnit.MILLISECONDS)
                .overallTimeout(timeout[1], TimeUnit.MILLISECONDS)
                .build();
    }

    /** The timeouts of {@code arq:queryTimeout} ("30000" or "5000,30000"): to the first result, and overall, in ms. */
    private static long[] timeout(Context context) {
        Object setting = context.get(ARQ.queryTimeout);
        if (setting == null) {
            return DEFAULT_TIMEOUT;
        }
        String text = setting.toString().trim();
        try {
            int comma = text.indexOf(',');
            if (comma < 0) {
                long t = Long.parseLong(text);
                return new long[] {t, t};
            }
            return new long[] {Long.parseLong(text.substring(0, comma).trim()),
                    Long.parseLong(text.substring(comma + 1).trim())};
        } catch (NumberFormatException e) {
            return DEFAULT_TIMEOUT;
        }
    }
}
