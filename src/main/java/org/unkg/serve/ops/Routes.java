package org.unkg.serve.ops;

import java.util.Map;

/**
 * The route a request is counted under in the metrics: the part of the site its path belongs to. A fixed, small set,
 * so that whatever paths clients invent, the metrics keep the same few series.
 */
final class Routes {

    static final String OTHER = "other";

    private static final Map<String, String> BY_FIRST_SEGMENT = Map.ofEntries(
            Map.entry("sparql", "/sparql"), Map.entry("id", "/id"), Map.entry("graph", "/graph"),
            Map.entry("data", "/data"), Map.entry("page", "/page"), Map.entry("api", "/api"),
            Map.entry("search", "/search"), Map.entry("ontology", "/ontology"), Map.entry("shapes", "/ontology"),
            Map.entry(".well-known", "/.well-known"), Map.entry("dataset", "/.well-known"),
            Map.entry("dumps", "/dumps"), Map.entry("queries", "/queries"), Map.entry("static", "/static"),
            Map.entry("webjars", "/webjars"), Map.entry("health", "/health"), Map.entry("metrics", "/metrics"));

    private Routes() {
    }

    static String of(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "/";
        }
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        String segment = slash < 0 ? rest : rest.substring(0, slash);
        // "/ontology.ttl" is the ontology in Turtle; ".well-known" keeps its leading dot
        int dot = segment.indexOf('.', 1);
        if (dot > 0) {
            segment = segment.substring(0, dot);
        }
        return BY_FIRST_SEGMENT.getOrDefault(segment, OTHER);
    }

    /** The method as counted: the usual ones by name, anything else as one value. */
    static String method(String method) {
        return switch (method) {
            case "GET", "HEAD", "POST", "OPTIONS" -> method;
            default -> "OTHER";
        };
    }
}
