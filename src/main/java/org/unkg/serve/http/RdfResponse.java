package org.unkg.serve.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

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
        return Negotiation.choose(request, offered);
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
        Negotiation.notAcceptable(request, response, request.getRequestURI(), offered, false);
    }
}
