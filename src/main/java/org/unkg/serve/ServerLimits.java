package org.unkg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.unkg.load.ConfigFile;
import org.unkg.load.StoreException;

/**
 * What one client may ask of the public server, from {@code fuseki-config/limits.properties}: result rows, request
 * sizes, the buffer of an answer, threads and concurrent requests, and how long a connection may stall or trickle.
 * The file explains each key; the query timeouts and the ban on {@code SERVICE} are in {@code config.ttl}, where a
 * stock Fuseki honours them too.
 *
 * <pre>{@code
 * ServerLimits limits = ServerLimits.locate();     // working directory's copy, else the program's
 * SparqlServer.builder(store).limits(limits).start();
 * }</pre>
 */
public final class ServerLimits {

    public static final String LIMITS_PROPERTIES = "fuseki-config/limits.properties";

    static final String MAX_RESULT_ROWS = "maxResultRows";
    static final String MAX_REQUEST_BYTES = "maxRequestBytes";
    static final String MAX_REQUEST_HEADER_BYTES = "maxRequestHeaderBytes";
    static final String OUTPUT_BUFFER_BYTES = "outputBufferBytes";
    static final String MAX_THREADS = "maxThreads";
    static final String MAX_CONCURRENT_REQUESTS = "maxConcurrentRequests";
    static final String MAX_QUEUED_REQUESTS = "maxQueuedRequests";
    static final String MAX_QUEUE_WAIT_MS = "maxQueueWaitMs";
    static final String IDLE_TIMEOUT_MS = "idleTimeoutMs";
    static final String MIN_REQUEST_BYTES_PER_SECOND = "minRequestBytesPerSecond";

    private static final Set<String> KEYS = Set.of(MAX_RESULT_ROWS, MAX_REQUEST_BYTES, MAX_REQUEST_HEADER_BYTES,
            OUTPUT_BUFFER_BYTES, MAX_THREADS, MAX_CONCURRENT_REQUESTS, MAX_QUEUED_REQUESTS, MAX_QUEUE_WAIT_MS,
            IDLE_TIMEOUT_MS, MIN_REQUEST_BYTES_PER_SECOND);

    private final String source;
    private final long maxResultRows;
    private final long maxRequestBytes;
    private final int maxRequestHeaderBytes;
    private final int outputBufferBytes;
    private final int maxThreads;
    private final int maxConcurrentRequests;
    private final int maxQueuedRequests;
    private final Duration maxQueueWait;
    private final Duration idleTimeout;
    private final long minRequestBytesPerSecond;

    private ServerLimits(String source, Reader reader) {
        this.source = source;
        maxResultRows = reader.number(MAX_RESULT_ROWS, 1, Long.MAX_VALUE);
        maxRequestBytes = reader.number(MAX_REQUEST_BYTES, 1, Long.MAX_VALUE);
        maxRequestHeaderBytes = (int) reader.number(MAX_REQUEST_HEADER_BYTES, 1024, Integer.MAX_VALUE);
        outputBufferBytes = (int) reader.number(OUTPUT_BUFFER_BYTES, 1024, 64 * 1024 * 1024);
        maxThreads = (int) reader.number(MAX_THREADS, 8, 10_000);
        maxConcurrentRequests = (int) reader.number(MAX_CONCURRENT_REQUESTS, 1, 10_000);
        maxQueuedRequests = (int) reader.number(MAX_QUEUED_REQUESTS, 0, 1_000_000);
        maxQueueWait = Duration.ofMillis(reader.number(MAX_QUEUE_WAIT_MS, 1, Long.MAX_VALUE));
        idleTimeout = Duration.ofMillis(reader.number(IDLE_TIMEOUT_MS, 1, Long.MAX_VALUE));
        minRequestBytesPerSecond = reader.number(MIN_REQUEST_BYTES_PER_SECOND, 0, Long.MAX_VALUE);
        // Jetty's acceptor and selector threads come out of the same pool as the requests' ones.
        if (maxConcurrentRequests >= maxThreads) {
            reader.problems.add(MAX_CONCURRENT_REQUESTS + " (" + maxConcurrentRequests + ") must be less than "
                    + MAX_THREADS + " (" + maxThreads + ")");
        }
        reader.failIfAny();
    }

    /** The working directory's {@code fuseki-config/limits.properties} if it exists, else the program's copy. */
    public static ServerLimits locate() {
        return from(ConfigFile.locate(LIMITS_PROPERTIES));
    }

    public static ServerLimits read(Path file) {
        return from(ConfigFile.read(file));
    }

    public static ServerLimits from(ConfigFile file) {
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(file.bytes()));
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(file.source() + ": " + e.getMessage(), e);
        }
        return of(properties, file.source());
    }

    /** Limits from properties read elsewhere; {@code source} names them in messages. */
    public static ServerLimits of(Properties properties, String source) {
        return new ServerLimits(source, new Reader(properties, source));
    }

    /** Where the limits were read, for messages. */
    public String source() {
        return source;
    }

    public long maxResultRows() {
        return maxResultRows;
    }

    public long maxRequestBytes() {
        return maxRequestBytes;
    }

    public int maxRequestHeaderBytes() {
        return maxRequestHeaderBytes;
    }

    public int outputBufferBytes() {
        return outputBufferBytes;
    }

    public int maxThreads() {
        return maxThreads;
    }

    public int maxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public int maxQueuedRequests() {
        return maxQueuedRequests;
    }

    public Duration maxQueueWait() {
        return maxQueueWait;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public long minRequestBytesPerSecond() {
        return minRequestBytesPerSecond;
    }

    /** Reads every key once and collects all that is wrong, so that one start names every problem. */
    private static final class Reader {

        private final Properties properties;
        private final String source;
        private final List<String> problems = new ArrayList<>();

        Reader(Properties properties, String source) {
            this.properties = properties;
            this.source = source;
            Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
            unknown.removeAll(KEYS);
            for (String key : unknown) {
                problems.add("unknown key " + key + " (known: " + String.join(", ", new TreeSet<>(KEYS)) + ")");
            }
        }

        long number(String key, long min, long max) {
            String value = properties.getProperty(key);
            if (value == null) {
                problems.add(key + " is missing");
                return min;
            }
            try {
                long n = Long.parseLong(value.strip().replace("_", ""));
                if (n < min || n > max) {
                    problems.add(key + " is " + n + ", not between " + min + " and " + max);
                    return min;
                }
                return n;
            } catch (NumberFormatException e) {
                problems.add(key + " is \"" + value + "\", not a whole number");
                return min;
            }
        }

        void failIfAny() {
            if (!problems.isEmpty()) {
                throw new StoreException(source + ": " + String.join("; ", problems));
            }
        }
    }
}
