package org.unkg.serve.lod;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.RDFWriter;
import org.unkg.serve.http.Etags;
import org.unkg.serve.http.Format;
import org.unkg.serve.http.Negotiation;

/**
 * The RDF description of an IRI ({@link Descriptions}): {@code /data/X.ttl}, {@code .jsonld}, {@code .rdf},
 * {@code .nt}, {@code .nq}, {@code .trig}; {@code /data/X} without extension negotiates the format and says in
 * {@code Content-Location} where that format stays.
 */
final class DataServlet extends HttpServlet {

    private final transient LocalPaths paths;
    private final transient Descriptions descriptions;
    private final transient NotFound notFound;

    DataServlet(LocalPaths paths, Descriptions descriptions, NotFound notFound) {
        this.paths = paths;
        this.descriptions = descriptions;
        this.notFound = notFound;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LinkedData.cors(response);
        Optional<RequestedIri> requested = RequestedIri.of(request, LodModule.DATA, false, true, paths, descriptions);
        if (requested.isEmpty()) {
            notFound.send(request, response, false);
            return;
        }
        String iri = requested.get().iri();
        boolean negotiated = requested.get().format() == null;
        if (negotiated) {
            response.addHeader("Vary", "Accept");
        }
        response.setHeader("Link", LinkedData.links(iri, paths, LinkedData.ALL));
        Optional<Format> format = Negotiation.choose(request, requested.get().format(), LinkedData.RDF);
        if (format.isEmpty()) {
            if (negotiated) {
                Negotiation.notAcceptable(request, response, request.getRequestURI(), LinkedData.RDF, true);
            } else {
                notFound.send(request, response, false);
            }
            return;
        }
        byte[] body = write(iri, format.get());
        String etag = Etags.of(body);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (negotiated) {
            response.setHeader("Content-Location", paths.data(iri, format.get()));
        }
        if (Etags.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.get().contentType());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private byte[] write(String iri, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        if (format.isQuads()) {
            RDFWriter.source(descriptions.quads(iri)).format(format.rdfFormat()).output(out);
        } else {
            RDFWriter.source(descriptions.triples(iri)).format(format.rdfFormat()).output(out);
        }
        return out.toByteArray();
    }
}
