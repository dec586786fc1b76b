package org.unkg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a soak run saw: every answer's status and latency, the requests that got none in time, and memory samples. */
final class LoadFigures {

    private final List<Long> latenciesMicros = new ArrayList<>();
    private final Map<Integer, Integer> errorsByStatus = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> errorsByTarget = new TreeMap<>();
    private int timeouts;
    private long requests;
    private long firstRssKib = -1;
    private long lastRssKib = -1;
    private long maxRssKib = -1;

    synchronized void answered(String target, int status, long micros) {
        requests++;
        latenciesMicros.add(micros);
        if (status != 200) {
            errorsByStatus.merge(status, 1, Integer::sum);
            errorsByTarget.computeIfAbsent(target, t -> new TreeMap<>()).merge(status, 1, Integer::sum);
        }
    }

    /** Which request got which error status, e.g. {@code query 4: 503×3}; empty when there were none. */
    synchronized List<String> errorsByTarget() {
        List<String> lines = new ArrayList<>();
        errorsByTarget.forEach((target, statuses) -> {
            List<String> parts = new ArrayList<>();
            statuses.forEach((status, n) -> parts.add(status + "×" + n));
            lines.add(target + ": " + String.join(" ", parts));
        });
        return lines;
    }

    synchronized void timedOut() {
        requests++;
        timeouts++;
    }

    synchronized void failed(String reason) {
        requests++;
        failures.merge(reason, 1, Integer::sum);
    }

    synchronized void rss(long kib) {
        if (firstRssKib < 0) {
            firstRssKib = kib;
        }
        lastRssKib = kib;
        maxRssKib = Math.max(maxRssKib, kib);
    }

    synchronized long requests() {
        return requests;
    }

    /** Statuses other than 200 and failures to connect, e.g. {@code 503×2}; {@code none} when there were none. */
    synchronized String errors() {
        List<String> parts = new ArrayList<>();
        errorsByStatus.forEach((status, n) -> parts.add(status + "×" + n));
        failures.forEach((reason, n) -> parts.add(reason + "×" + n));
        return parts.isEmpty() ? "none" : String.join(" ", parts);
    }

    synchronized int timeouts() {
        return timeouts;
    }

    /** The latency below which {@code fraction} of the answers came, in milliseconds (nearest rank). */
    synchronized double percentileMillis(double fraction) {
        if (latenciesMicros.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(fraction * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1000.0;
    }

    synchronized String rss() {
        if (maxRssKib < 0) {
            return "n/a";
        }
        return mib(firstRssKib) + " / " + mib(lastRssKib) + " / " + mib(maxRssKib);
    }

    private static String mib(long kib) {
        return (kib / 1024) + " MiB";
    }
}
