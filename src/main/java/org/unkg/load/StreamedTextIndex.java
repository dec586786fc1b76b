package org.unkg.load;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.unkg.progress.Progress;

/**
 * Fills a new store's Lucene index from the statements on their way to the bulk loader, on a thread of its own, so
 * that the text is analysed while TDB2 writes its files rather than read back from them afterwards. The bulk loader
 * writes TDB2's files directly, so no text index sees those statements unless it is given them.
 *
 * <p>The stream may repeat a statement (one stated after it was entailed) where the store keeps it once, and jena-text
 * makes one entry of a literal that two predicates of one field give a subject (its {@code rdfs:label} and
 * {@code skos:prefLabel}): the index holds one entry per graph, subject, field and literal, as
 * {@link StoreVerification} checks. The entries of the graph the stream is in are remembered until it leaves it;
 * in a graph it comes back to, each entry first deletes any entry like it, which is exact but slower.
 *
 * <pre>{@code
 * try (StreamedTextIndex text = new StreamedTextIndex(index, progress)) {
 *     StreamRDF sink = text.tee(loader.stream());
 *     ... // the statements
 *     long entries = text.finish();
 * }
 * }</pre>
 */
final class StreamedTextIndex implements AutoCloseable {

    /** Enough statements waiting that the analyser never starves the stream nor holds much of the text. */
    private static final int QUEUE = 4_096;
    private static final int REPORT_EVERY = 1_000;
    /** Fewer, larger segments than jena-text's default of Lucene's 16 MB: the whole corpus is added at once. */
    private static final double RAM_BUFFER_MB = 64;
    private static final Quad END = Quad.create(Node.ANY, Node.ANY, Node.ANY, Node.ANY);

    private final TextIndex index;
    private final EntityDefinition definition;
    private final Set<Node> predicates = new HashSet<>();
    private final BlockingQueue<Quad> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Progress.Step step;
    private final Thread worker;
    private volatile Throwable failure;
    private long added;
    private boolean ended;

    StreamedTextIndex(TextIndex index, Progress progress) {
        this.index = index;
        this.definition = index.getDocDef();
        for (String field : definition.fields()) {
            predicates.addAll(definition.getPredicates(field));
        }
        if (index instanceof TextIndexLucene lucene) {
            lucene.getIndexWriter().getConfig().setRAMBufferSizeMB(RAM_BUFFER_MB);
        }
        this.step = progress.start("Indexing text", -1, Progress.Unit.LITERALS);
        this.worker = new Thread(this::work, "unkg-text-index");
        worker.setDaemon(true);
        worker.start();
    }

    /** A stream that passes every statement on to {@code next} and the indexed ones to the index too. */
    StreamRDF tee(StreamRDF next) {
        return new StreamRDFWrapper(next) {
            @Override
            public void triple(Triple triple) {
                super.triple(triple);
                offer(Quad.create(Quad.defaultGraphIRI, triple));
            }

            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                offer(quad);
            }
        };
    }

    private void offer(Quad quad) {
        if (!quad.getObject().isLiteral() || !predicates.contains(quad.getPredicate())) {
            return;
        }
        failed();
        try {
            queue.put(quad);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while indexing text", e);
        }
    }

    /**
     * Waits for the index to take every statement offered, and commits it.
     *
     * @return the entries added
     * @throws StoreException if the index failed to take one
     */
    long finish() {
        end();
        failed();
        index.commit();
        step.advance(added % REPORT_EVERY);
        step.close();
        return added;
    }

    /** Stops the worker if {@link #finish()} did not; what it added is thrown away with the store. */
    @Override
    public void close() {
        if (!ended) {
            worker.interrupt();
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended = true;
            step.close();
        }
    }

    private void end() {
        try {
            queue.put(END);
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while indexing text", e);
        } finally {
            ended = true;
        }
    }

    private void failed() {
        Throwable t = failure;
        if (t != null) {
            throw new StoreException("the text index could not take a statement: " + t.getMessage(), t);
        }
    }

    /** What makes two entries one in jena-text's index: the graph is the one the stream is in. */
    private record EntryKey(String subject, Map<String, Object> fields, String language) {
    }

    private void work() {
        Node graph = null;
        Set<EntryKey> inGraph = new HashSet<>();
        Set<Node> left = new HashSet<>();
        try {
            for (Quad quad = queue.take(); quad != END; quad = queue.take()) {
                Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
                if (entity == null) {
                    continue;
                }
                if (!quad.getGraph().equals(graph)) {
                    if (graph != null) {
                        left.add(graph);
                    }
                    graph = quad.getGraph();
                    inGraph.clear();
                }
                if (left.contains(graph)) {
                    index.deleteEntity(entity);
                } else if (!inGraph.add(new EntryKey(entity.getId(), entity.getMap(), entity.getLanguage()))) {
                    continue;
                }
                index.addEntity(entity);
                if (++added % REPORT_EVERY == 0) {
                    step.advance(REPORT_EVERY);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            // the producer sees the failure at its next statement; the queue must not hold it up until then
            drain();
        }
    }

    /**
     * Takes what is offered after a failure, up to the end the producer may already have put, so that a producer
     * blocked on a full queue goes on; {@link #close()} interrupts it if the end never comes.
     */
    private void drain() {
        try {
            while (queue.take() != END) {
                // thrown away: the store is deleted
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
