package org.unkg.bench;

import java.util.Arrays;

/** Latencies of requests sent over some wall time: percentiles and throughput. */
public record Latencies(long[] nanos, long wallNanos, int errors) {

    /** The requests of two runs as one: their latencies together, over the sum of their wall times. */
    public static Latencies concat(Latencies a, Latencies b) {
        long[] both = Arrays.copyOf(a.nanos, a.nanos.length + b.nanos.length);
        System.arraycopy(b.nanos, 0, both, a.nanos.length, b.nanos.length);
        return new Latencies(both, a.wallNanos + b.wallNanos, a.errors + b.errors);
    }

    /** The latency at a percentile (nearest rank), in milliseconds. */
    public double percentileMs(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** Requests answered per second. */
    public double throughput() {
        return wallNanos == 0 ? Double.NaN : nanos.length / (wallNanos / 1e9);
    }
}
