package org.unkg.serve.explore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * {@code /api/explore/paths?from=IRI&to=IRI[&link=PROPERTY...][&max=N]}: the shortest chains between two things
 * ({@link PathFinder}), with the cards of the things on them and the links along them.
 *
 * <pre>{@code
 * {"length": 2, "stopped": null, "chains": [[IRI, IRI, IRI], ...], "nodes": [{...card...}, ...],
 *  "links": [{"source": IRI, "target": IRI, "property": IRI, "curie": "unkg:mentions", "label": "mentions"}, ...]}
 * }</pre>
 *
 * {@code stopped} says why there is no chain: {@code none} within the length, {@code size} (too many things
 * reached), {@code time}.
 */
final class PathsServlet extends HttpServlet {

    static final String PATH = "/api/explore/paths";
    private static final String USAGE = "\nAsk " + PATH + "?from=IRI&to=IRI[&link=PROPERTY...][&max=1.."
            + PathFinder.MOST_LENGTH + "]; links: " + String.join(" ", PathFinder.LINKS);

    private final transient StoreQueries store;
    private final transient KnownIris known;
    private final transient PathFinder finder;
    private final transient NodeCards cards;
    private final transient LinkWriter writer;

    PathsServlet(StoreQueries store, KnownIris known, PathFinder finder, NodeCards cards, LinkWriter writer) {
        this.store = store;
        this.known = known;
        this.finder = finder;
        this.cards = cards;
        this.writer = writer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String from = request.getParameter("from");
        String to = request.getParameter("to");
        Integer max = Numbers.of(request.getParameter("max"), PathFinder.DEFAULT_LENGTH, 1, PathFinder.MOST_LENGTH);
        String[] asked = request.getParameterValues("link");
        List<String> links = asked == null ? PathFinder.DEFAULT_LINKS : List.of(asked);
        if (max == null || !PathFinder.LINKS.containsAll(links)) {
            JsonAnswers.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request" + USAGE);
            return;
        }
        if (!known.drawable(from) || !known.drawable(to) || known.of(List.of(from, to)).size() != Set.of(from, to).size()) {
            JsonAnswers.refuse(response, HttpServletResponse.SC_NOT_FOUND, "Not found: from=" + from + " to=" + to
                    + USAGE);
            return;
        }
        String lang = PageLanguage.of(request);
        PathFinder.Result result = finder.between(from, to, new LinkedHashSet<>(links), max);
        JsonObject answer = store.read(() -> {
            Set<String> nodes = new LinkedHashSet<>(List.of(from, to));
            result.chains().forEach(nodes::addAll);
            Map<String, JsonObject> named = cards.of(nodes, lang);
            JsonObject json = new JsonObject();
            json.put("length", result.length());
            if (result.stopped() == null) {
                json.put("stopped", org.apache.jena.atlas.json.JsonNull.instance);
            } else {
                json.put("stopped", result.stopped().name().toLowerCase(Locale.ROOT));
            }
            JsonArray chains = new JsonArray();
            for (List<String> chain : result.chains()) {
                JsonArray c = new JsonArray();
                chain.forEach(c::add);
                chains.add(c);
            }
            json.put("chains", chains);
            JsonArray cardArray = new JsonArray();
            named.values().forEach(cardArray::add);
            json.put("nodes", cardArray);
            json.put("links", writer.json(new ArrayList<>(result.links()), lang));
            return json;
        });
        JsonAnswers.write(request, response, answer);
    }
}
