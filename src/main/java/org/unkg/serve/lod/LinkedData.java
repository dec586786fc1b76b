package org.unkg.serve.lod;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.unkg.serve.http.Format;

/**
 * What every answer about a data IRI carries, whether linked data or its page: the formats offered, access from any
 * origin, the {@code Link} to each representation, and plain-text messages.
 */
public final class LinkedData {

    /** What {@code /id/} offers, in the server's order of preference. */
    public static final List<Format> ALL = List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NTRIPLES,
            Format.NQUADS, Format.TRIG, Format.HTML);
    /** What {@code /data/} offers. */
    public static final List<Format> RDF = ALL.stream().filter(Format::isRdf).toList();

    private LinkedData() {
    }

    /** Open to any origin, never with credentials, and the headers a script may read. */
    public static void cors(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers",
                "Content-Language, Content-Location, Content-Type, ETag, Link, Location, Vary");
    }

    /**
     * {@code Link}: the description in each format, the page, and the IRI as the canonical name of what they
     * describe.
     */
    public static String links(String iri, LocalPaths paths, List<Format> formats) {
        StringBuilder links = new StringBuilder();
        for (Format format : formats) {
            String href = format == Format.HTML ? paths.page(iri) : paths.data(iri, format);
            links.append('<').append(href).append(">; rel=\"alternate\"; type=\"").append(format.mediaType())
                    .append("\", ");
        }
        return links.append('<').append(LocalPaths.escape(iri)).append(">; rel=\"canonical\"").toString();
    }

    public static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(message);
    }
}
