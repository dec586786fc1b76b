package org.unkg.serve.dataset;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unkg.serve.http.Format;
import org.unkg.serve.http.Origin;
import org.unkg.serve.http.RdfResponse;
import org.unkg.serve.site.Chrome;
import org.unkg.serve.site.HtmlResponse;

/**
 * {@code /.well-known/void}: the dataset's VoID and DCAT description ({@link VoidDocument}) in Turtle, JSON-LD,
 * RDF/XML or N-Triples, by {@code Accept} or {@code ?format=} (Turtle when nothing is asked), and as an HTML page for
 * a browser.
 */
final class VoidServlet extends HttpServlet {

    static final String PATH = "/.well-known/void";

    private static final List<Format> OFFERED = List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML,
            Format.NTRIPLES, Format.HTML);
    private static final int KEPT = 32;

    private final transient VoidDocument document;
    private final transient VoidPage page;
    private final Map<String, byte[]> serialized = new ConcurrentHashMap<>();

    VoidServlet(VoidDocument document, VoidPage page) {
        this.document = document;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        Optional<Format> format = RdfResponse.negotiate(request, OFFERED);
        if (format.isEmpty()) {
            RdfResponse.notAcceptable(request, response, OFFERED);
            return;
        }
        String origin = Origin.of(request);
        response.setHeader("Link", "<" + PATH + "?format=ttl>; rel=\"alternate\"; type=\"text/turtle\", "
                + "<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"");
        if (format.get() == Format.HTML) {
            Chrome chrome = Chrome.of(request, null);
            response.addHeader("Vary", "Accept");
            HtmlResponse.write(request, response, HttpServletResponse.SC_OK, "void", chrome,
                    page.values(document.forOrigin(origin), chrome.lang()));
            return;
        }
        String key = format.get().extension() + " " + origin;
        byte[] body = serialized.get(key);
        if (body == null) {
            if (serialized.size() >= KEPT) {
                serialized.clear();
            }
            body = RdfResponse.serialize(document.forOrigin(origin), format.get());
            serialized.put(key, body);
        }
        RdfResponse.write(request, response, body, format.get());
    }
}
