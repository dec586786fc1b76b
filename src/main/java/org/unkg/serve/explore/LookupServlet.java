package org.unkg.serve.explore;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.serve.http.StoreQueries;
import org.unkg.serve.site.PageLanguage;

/**
 * {@code /api/explore/lookup?q=WORDS}: things found by their names in either language ({@link NameLookup}), best
 * first, as cards: {@code {"query": "...", "results": [{...card...}, ...]}}.
 */
final class LookupServlet extends HttpServlet {

    static final String PATH = "/api/explore/lookup";
    static final int LONGEST = 200;

    private final transient StoreQueries store;
    private final transient NameLookup lookup;
    private final transient NodeCards cards;

    LookupServlet(StoreQueries store, NameLookup lookup, NodeCards cards) {
        this.store = store;
        this.lookup = lookup;
        this.cards = cards;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        if (q == null || q.isBlank() || q.length() > LONGEST) {
            JsonAnswers.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request: ask " + PATH
                    + "?q=WORDS (1 to " + LONGEST + " characters)[&lang=en|zh]");
            return;
        }
        String lang = PageLanguage.of(request);
        List<String> found = lookup.find(q);
        JsonObject answer = store.read(() -> {
            JsonObject json = new JsonObject();
            json.put("query", q);
            JsonArray results = new JsonArray();
            cards.of(found, lang).values().forEach(results::add);
            json.put("results", results);
            return json;
        });
        JsonAnswers.write(request, response, answer);
    }
}
