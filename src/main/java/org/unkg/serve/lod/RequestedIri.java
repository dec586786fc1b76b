package org.unkg.serve.lod;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.unkg.serve.http.Format;
import org.unkg.serve.http.StoreQueries;

/**
 * The IRI a request path names, and the format its extension asks for, if any. {@code /id/S/PV.4385} keeps its dot
 * (no format is called {@code 4385}); {@code /id/X.ttl} asks for Turtle unless an IRI ending in {@code .ttl} exists;
 * the path is tried decoded and as sent ({@code %28} and {@code (} both find {@code S/RES/1373(2001)}).
 *
 * @param iri the IRI, which the store knows
 * @param format the format of the path's extension; null without one
 */
public record RequestedIri(String iri, Format format) {

    /**
     * The IRI under {@code prefix} ({@code /id/}, {@code /graph/}, {@code /page/}, {@code /data/}) of a request;
     * empty when the store knows none. {@code graphPrefix} says that the prefix itself is {@code /graph/}; under
     * {@code /page/} and {@code /data/} a path starting {@code graph/} names a graph. {@code extensions} says
     * whether an extension may name a format.
     */
    public static Optional<RequestedIri> of(HttpServletRequest request, String prefix, boolean graphPrefix,
            boolean extensions, LocalPaths paths, Descriptions descriptions) {
        String uri = request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        if (!uri.startsWith(context + prefix)) {
            return Optional.empty();
        }
        String raw = uri.substring(context.length() + prefix.length());
        boolean graph = graphPrefix;
        if (!graphPrefix && LocalPaths.namesGraph(raw)) {
            graph = true;
            raw = raw.substring(LocalPaths.GRAPH.length());
        }
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        for (String iri : paths.candidates(raw, graph)) {
            if (StoreQueries.holdable(iri) && descriptions.exists(iri)) {
                return Optional.of(new RequestedIri(iri, null));
            }
        }
        Optional<Format> format = extensions ? LocalPaths.extension(raw) : Optional.empty();
        if (format.isPresent()) {
            String stem = LocalPaths.stripExtension(raw, format.get());
            for (String iri : paths.candidates(stem, graph)) {
                if (StoreQueries.holdable(iri) && descriptions.exists(iri)) {
                    return Optional.of(new RequestedIri(iri, format.get()));
                }
            }
        }
        return Optional.empty();
    }
}
