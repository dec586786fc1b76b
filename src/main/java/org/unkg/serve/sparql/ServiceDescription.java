package org.unkg.serve.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.unkg.serve.http.Format;
import org.unkg.serve.http.RdfResponse;

/**
 * The SPARQL 1.1 Service Description of the endpoint ({@code service-description.ttl} beside this class), with its
 * relative addresses resolved against the origin the server is asked at; each serialization is made once per origin
 * and format.
 */
final class ServiceDescription {

    private static final String TEMPLATE = "org/unkg/serve/sparql/service-description.ttl";
    private static final int KEPT = 32;

    private final String template;
    private final Map<String, byte[]> serialized = new ConcurrentHashMap<>();

    ServiceDescription() {
        try (InputStream in = ServiceDescription.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is not on the classpath");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TEMPLATE, e);
        }
        model("http://localhost");
    }

    /** The description for a server reached at {@code origin}, such as {@code http://localhost:3030}. */
    Model model(String origin) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(template, Lang.TURTLE).base(origin + "/").parse(model);
        return model;
    }

    /** The description serialized in a format. */
    byte[] bytes(String origin, Format format) {
        String key = format.extension() + " " + origin;
        byte[] body = serialized.get(key);
        if (body == null) {
            if (serialized.size() >= KEPT) {
                serialized.clear();
            }
            body = RdfResponse.serialize(model(origin), format);
            serialized.put(key, body);
        }
        return body;
    }
}
