package org.unkg.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the steps that only read a freshly loaded store at the same time, each on a thread of its own: they are
 * independent, and one alone leaves cores idle. Every step runs to its end even when another fails, so that no
 * thread is left reading a store that is about to be deleted.
 */
final class ParallelSteps {

    private static final Logger LOG = LoggerFactory.getLogger(ParallelSteps.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "unkg-load-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final List<Future<?>> futures = new ArrayList<>();

    /** Starts a step; {@code name} is what the log calls it. */
    <T> Future<T> submit(String name, Callable<T> step) {
        Future<T> future = executor.submit(() -> {
            long started = System.nanoTime();
            T result = step.call();
            LOG.info("Built the {} in {} ms", name, (System.nanoTime() - started) / 1_000_000);
            return result;
        });
        futures.add(future);
        return future;
    }

    /**
     * Waits for every step to end.
     *
     * @throws RuntimeException the first step's failure, with the others' added as suppressed
     */
    void awaitAll() {
        RuntimeException failure = null;
        try {
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    RuntimeException cause = unchecked(e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while the store was being finished", e);
                }
            }
        } finally {
            executor.shutdown();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The result of a step that {@link #awaitAll()} saw end normally. */
    <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("get() before awaitAll() ended normally", e);
        }
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new StoreException(cause.getMessage(), cause);
    }
}
