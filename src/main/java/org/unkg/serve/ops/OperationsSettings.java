package org.unkg.serve.ops;

import java.time.Duration;

/**
 * How a server warms up and stops.
 *
 * @param warmUp      the longest the warm-up may take before the server is declared ready anyway (zero: none)
 * @param stopTimeout the longest a stopping server waits for the requests in flight to finish
 */
public record OperationsSettings(Duration warmUp, Duration stopTimeout) {

    /** Two minutes of warm-up at most; the longest a query may run (30 s) to finish what is in flight. */
    public static OperationsSettings defaults() {
        return new OperationsSettings(Duration.ofMinutes(2), Duration.ofSeconds(30));
    }
}
