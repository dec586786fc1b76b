package org.unkg.serve.explore;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.site.PageLanguage;

/**
 * {@code /api/explore/nodes?iri=IRI&iri=...&with=IRI&with=...} (GET, or POST as a form for a large view): the cards
 * of the things named by {@code iri} that the store knows ({@link NodeCards}), those it does not know, and the links
 * that join each of them to another of them or to one of {@code with}, the things already drawn
 * ({@link LinksAmong}).
 *
 * <pre>{@code
 * {"nodes": [{...card...}, ...], "unknown": [IRI, ...],
 *  "links": [{"source": IRI, "target": IRI, "property": IRI, "curie": "unkg:cites", "label": "cites"}, ...]}
 * }</pre>
 */
final class NodesServlet extends HttpServlet {

    static final String PATH = "/api/explore/nodes";
    /** The most things one request may name: a view of a few hundred, twice over. */
    static final int MOST = 2000;

    private final transient StoreQueries store;
    private final transient KnownIris known;
    private final transient NodeCards cards;
    private final transient LinksAmong links;
    private final transient LinkWriter writer;

    NodesServlet(StoreQueries store, KnownIris known, NodeCards cards, LinksAmong links, LinkWriter writer) {
        this.store = store;
        this.known = known;
        this.cards = cards;
        this.links = links;
        this.writer = writer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] asked = values(request, "iri");
        String[] drawn = values(request, "with");
        if (asked.length == 0 || asked.length + drawn.length > MOST) {
            JsonAnswers.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request: name 1 to " + MOST
                    + " things: " + PATH + "?iri=IRI[&iri=IRI...][&with=IRI...][&lang=en|zh]");
            return;
        }
        String lang = PageLanguage.of(request);
        Set<String> fresh = known.of(List.of(asked));
        // The things drawn only narrow the links: a statement joins only things the store knows.
        Set<String> others = Set.copyOf(List.of(drawn));
        JsonObject answer = store.read(() -> {
            Map<String, JsonObject> named = cards.of(fresh, lang);
            JsonObject json = new JsonObject();
            JsonArray nodes = new JsonArray();
            named.values().forEach(nodes::add);
            json.put("nodes", nodes);
            JsonArray unknown = new JsonArray();
            for (String iri : asked) {
                if (!fresh.contains(iri)) {
                    unknown.add(iri);
                }
            }
            json.put("unknown", unknown);
            json.put("links", writer.json(links.of(fresh, others), lang));
            return json;
        });
        JsonAnswers.write(request, response, answer);
    }

    /** A form is read like a query: the view's IRIs may be too many for an address. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }
}
