package org.unkg.serve;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.util.Context;

/**
 * The timeouts of one query: the server's ({@code arq:queryTimeout} in {@code config.ttl}, milliseconds to the first
 * result and in all), lowered by the request's {@code timeout} parameter, in seconds as Fuseki reads it but with a
 * fraction allowed ({@code timeout=0.5}), either one number (the whole query) or two ({@code timeout=1,10}: first
 * result, whole query). A client may only lower them: a greater value leaves the server's.
 *
 * <p>Fuseki reads the parameter with {@code Long.parseLong} and, on anything else, logs a warning and ignores it.
 *
 * @param initialMillis milliseconds to the first result; negative for none
 * @param overallMillis milliseconds in all; negative for none
 */
record ClientTimeout(long initialMillis, long overallMillis) {

    static final String PARAMETER = "timeout";

    /** The timeouts for a request with {@code parameter} (null when absent), under the server's context. */
    static ClientTimeout of(String parameter, Context context) {
        long serverInitial = -1;
        long serverOverall = -1;
        String server = context.getAsString(ARQ.queryTimeout);
        if (server != null) {
            var parsed = Timeouts.parseTimeoutStr(server, TimeUnit.MILLISECONDS);
            if (parsed != null) {
                serverInitial = parsed.getLeft();
                serverOverall = parsed.getRight();
            }
        }
        if (parameter == null || parameter.isBlank()) {
            return new ClientTimeout(serverInitial, serverOverall);
        }
        String[] parts = parameter.split(",", -1);
        if (parts.length > 2) {
            ServletOps.errorBadRequest(bad(parameter));
        }
        long askedOverall = millis(parts[parts.length - 1], parameter);
        long askedInitial = parts.length == 2 ? millis(parts[0], parameter) : askedOverall;
        return new ClientTimeout(lower(serverInitial, askedInitial), lower(serverOverall, askedOverall));
    }

    /** Seconds, a positive decimal number, as milliseconds (at least 1). */
    private static long millis(String seconds, String parameter) {
        try {
            BigDecimal value = new BigDecimal(seconds.trim());
            if (value.signum() <= 0) {
                ServletOps.errorBadRequest(bad(parameter));
            }
            return Math.max(1, value.movePointRight(3).longValue());
        } catch (NumberFormatException | ArithmeticException e) {
            ServletOps.errorBadRequest(bad(parameter));
            return -1;
        }
    }

    private static long lower(long server, long asked) {
        return server <= 0 ? asked : Math.min(server, asked);
    }

    private static String bad(String parameter) {
        return String.format(Locale.ROOT, "timeout=%s is not a number of seconds greater than 0 (e.g. timeout=0.5),"
                + " nor two of them separated by a comma (to the first result, in all)", parameter);
    }
}
