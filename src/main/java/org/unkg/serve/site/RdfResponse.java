package org.unkg.serve.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.unkg.serve.ontology.AcceptHeader;
import org.unkg.serve.ontology.Format;

/**
 * Content negotiation and writing for the small RDF documents the site describes itself with (the dataset's VoID,
 * the endpoint's service description): the format from {@code ?format=}, else from {@code Accept}; 406 naming the
 * formats offered; an entity tag, {@code Vary: Accept}, and access from any origin.
 */
public final class RdfResponse {

    private RdfResponse() {
    }

    /** The format a request asks for among those offered (in the server's order of preference); empty means 406. */
    public static Optional<Format> negotiate(HttpServletRequest request, List<Format> offered) {
        String name = request.getParameter("format");
        if (name != null) {
            return Format.byName(name).filter(offered::contains);
        }
        return AcceptHeader.parse(Collections.list(request.getHeaders("Accept"))).choose(offered);
    }

    /** A model in an RDF format. */
    public static byte[] serialize(Model model, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        RDFDataMgr.write(out, model, format.rdfFormat());
        return out.toByteArray();
    }

    /** Writes a serialized model in the format negotiated, or 304 if the client has it already. */
    public static void write(HttpServletRequest request, HttpServletResponse response, byte[] body, Format format)
            throws IOException {
        String etag = Etags.of(body);
        response.addHeader("Vary", "Accept");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (Etags.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** 406, naming the formats a document is served in. */
    public static void notAcceptable(HttpServletRequest request, HttpServletResponse response, List<Format> offered)
            throws IOException {
        String types = offered.stream().map(Format::mediaType).collect(Collectors.joining(", "));
        String names = offered.stream().map(Format::extension).collect(Collectors.joining("|"));
        String asked = request.getParameter("format") != null ? "format=" + request.getParameter("format")
                : "the Accept header";
        response.addHeader("Vary", "Accept");
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("Not acceptable: " + asked + " names no format of " + request.getRequestURI()
                + ".\nIt is served as " + types + " (also ?format=" + names + ").\n");
    }
}
