package org.unkg.serve.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP {@code Accept} header (RFC 9110, section 12.5.1) and the choice among the formats a document offers.
 *
 * <p>Each media type takes the quality of the most specific range that matches it ({@code text/turtle} before
 * {@code text/*} before {@code *}{@code /*}; a range's parameters, such as a JSON-LD profile, do not stop it from
 * matching, but a range without them is the more specific); a format takes the best quality of the media types it
 * answers; the format with the highest quality above 0 wins, and among equals the one offered first. No header, or an
 * empty one, accepts everything. Ranges that cannot be read are skipped; {@code *} alone, which some clients send,
 * counts as {@code *}{@code /*}.
 *
 * <p>Jena's {@code AcceptList} and {@code ConNeg} are not used: Jena 5.6's {@code MediaType.parse} reads a range up
 * to its first {@code ;} and takes the rest as one parameter, so the {@code q} of
 * {@code application/ld+json;profile="…";q=0.5} is lost, and {@code AcceptList.match} gives a type the highest q
 * of any range that matches it rather than that of the most specific one, so {@code text/html;q=0, *}{@code /*}
 * would not refuse HTML.
 */
public final class AcceptHeader {

    /** A media range; {@code parameters} tells whether it had parameters other than q. */
    private record Range(String type, String subtype, boolean parameters, double q) {

        /**
         * How specifically the range matches a media type without parameters: 4 exactly, 3 exactly but for the
         * range's parameters (which are not held against it), 2 by its type alone, 1 as the any-type range, 0 not.
         */
        int match(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return subtype.equals("*") ? 1 : 0;
            }
            if (!type.equals(t)) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(s) ? (parameters ? 3 : 4) : 0;
        }
    }

    private static final AcceptHeader ANY = new AcceptHeader(List.of(new Range("*", "*", false, 1.0)));

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Reads one or more {@code Accept} header values; null or blank accepts everything. */
    public static AcceptHeader parse(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return ANY;
        }
        return parse(String.join(",", values));
    }

    /** Reads an {@code Accept} header value; null or blank accepts everything. */
    public static AcceptHeader parse(String value) {
        if (value == null || value.isBlank()) {
            return ANY;
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : value.split(",")) {
            String[] pieces = part.split(";");
            String mediaRange = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (mediaRange.isEmpty()) {
                continue;
            }
            if (mediaRange.equals("*")) {
                mediaRange = "*/*";
            }
            int slash = mediaRange.indexOf('/');
            if (slash <= 0 || slash == mediaRange.length() - 1 || mediaRange.indexOf('/', slash + 1) >= 0) {
                continue;
            }
            String type = mediaRange.substring(0, slash);
            String subtype = mediaRange.substring(slash + 1);
            if (type.equals("*") && !subtype.equals("*")) {
                continue;
            }
            Double q = 1.0;
            boolean parameters = false;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                int eq = parameter.indexOf('=');
                if (eq > 0 && parameter.substring(0, eq).trim().equalsIgnoreCase("q")) {
                    q = qValue(parameter.substring(eq + 1).trim());
                    break;
                } else if (!parameter.isEmpty()) {
                    parameters = true;
                }
            }
            if (q != null) {
                ranges.add(new Range(type, subtype, parameters, q));
            }
        }
        // Nothing readable: treat as no preference rather than as a refusal of everything.
        return ranges.isEmpty() ? ANY : new AcceptHeader(List.copyOf(ranges));
    }

    /** A q-value between 0 and 1, or null when it is not one. */
    private static Double qValue(String text) {
        try {
            double q = Double.parseDouble(text);
            return q >= 0 && q <= 1 && text.length() <= 5 ? q : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The quality this header gives a media type (without parameters): that of its most specific matching range. */
    public double quality(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        int best = 0;
        double q = 0;
        for (Range range : ranges) {
            int specificity = range.match(type);
            if (specificity > best) {
                best = specificity;
                q = range.q();
            } else if (specificity == best && specificity > 0) {
                q = Math.max(q, range.q());
            }
        }
        return q;
    }

    /** The quality this header gives a format: the best of the media types it answers. */
    public double quality(Format format) {
        double q = 0;
        for (String mediaType : format.accepted()) {
            q = Math.max(q, quality(mediaType));
        }
        return q;
    }

    /** The format to send among those offered, in the server's order of preference; empty means 406. */
    public Optional<Format> choose(List<Format> offered) {
        Format chosen = null;
        double best = 0;
        for (Format format : offered) {
            double q = quality(format);
            if (q > best) {
                best = q;
                chosen = format;
            }
        }
        return Optional.ofNullable(chosen);
    }
}
