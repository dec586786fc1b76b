package org.unkg.serve.pages;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unkg.serve.ontology.AcceptHeader;
import org.unkg.serve.ontology.Format;

/**
 * The format of an answer about an IRI: the path's extension, else {@code ?format=}, else {@code Accept} with its
 * q-values (Turtle when it allows anything), and the headers every such answer carries.
 */
final class Negotiation {

    /** What {@code /id/} offers, in the server's order of preference. */
    static final List<Format> ALL = List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NTRIPLES,
            Format.NQUADS, Format.TRIG, Format.HTML);
    /** What {@code /data/} offers. */
    static final List<Format> RDF = ALL.stream().filter(Format::isRdf).toList();

    private Negotiation() {
    }

    /** The format chosen among {@code offered}; empty means 406. */
    static Optional<Format> choose(HttpServletRequest request, Format fromExtension, List<Format> offered) {
        if (fromExtension != null) {
            return Optional.of(fromExtension).filter(offered::contains);
        }
        String parameter = request.getParameter("format");
        if (parameter != null) {
            return Format.byName(parameter).filter(offered::contains);
        }
        return AcceptHeader.parse(Collections.list(request.getHeaders("Accept"))).choose(offered);
    }

    /**
     * Whether the client would rather read HTML than Turtle: a browser, which gets an HTML error page; {@code curl}
     * ({@code *}{@code /*}) gets plain text.
     */
    static boolean prefersHtml(HttpServletRequest request) {
        AcceptHeader accept = AcceptHeader.parse(Collections.list(request.getHeaders("Accept")));
        return accept.quality(Format.HTML) > accept.quality(Format.TURTLE);
    }

    /** Open to any origin, never with credentials, and the headers a script may read. */
    static void cors(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers",
                "Content-Language, Content-Location, Content-Type, ETag, Link, Location, Vary");
    }

    /**
     * {@code Link}: the description in each format, the page, and the IRI as the canonical name of what they
     * describe.
     */
    static String links(String iri, LocalPaths paths, List<Format> formats) {
        StringBuilder links = new StringBuilder();
        for (Format format : formats) {
            String href = format == Format.HTML ? paths.page(iri) : paths.data(iri, format);
            links.append('<').append(href).append(">; rel=\"alternate\"; type=\"").append(format.mediaType())
                    .append("\", ");
        }
        return links.append('<').append(LocalPaths.escape(iri)).append(">; rel=\"canonical\"").toString();
    }

    /** 406 with the list of what is offered, in plain text. */
    static void notAcceptable(HttpServletRequest request, HttpServletResponse response, List<Format> offered)
            throws IOException {
        String parameter = request.getParameter("format");
        String asked = parameter != null ? "format=" + parameter : "Accept: " + request.getHeader("Accept");
        String types = offered.stream().map(f -> "  " + f.mediaType() + " (." + f.extension() + ")")
                .collect(Collectors.joining("\n"));
        plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: " + asked + ".\n"
                + "Offered here, by Accept, by ?format=EXT or by the extension .EXT:\n" + types + "\n");
    }

    static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(message);
    }
}
