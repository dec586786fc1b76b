package org.unkg.serve.explore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.serve.http.PackagedOntology;
import org.unkg.serve.lod.LocalPaths;
import org.unkg.serve.site.Chrome;
import org.unkg.serve.site.HtmlResponse;
import org.unkg.serve.site.SiteMessages;

/**
 * {@code /explore}: the graph explorer's page ({@code explore.peb}), starting from the things {@code iri} names, as
 * many as given. The page holds no data but its words and where to ask; its script ({@code /static/explore/}) draws
 * the graph from the API and keeps the view in the address's fragment.
 */
final class ExplorerServlet extends HttpServlet {

    static final String PATH = "/explore";
    /** The most things a view may start from. */
    static final int MOST_START = 50;
    /** The prefixes of the CONSTRUCT query the script writes for the RDF of a view. */
    private static final List<String> CONSTRUCT_PREFIXES = List.of("rdfs", "skos", "dct", "unkg");

    private final transient LocalPaths paths;
    private final transient KnownIris known;

    ExplorerServlet(LocalPaths paths, KnownIris known) {
        this.paths = paths;
        this.known = known;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Chrome chrome = Chrome.of(request, null);
        String lang = chrome.lang();
        List<String> start = new ArrayList<>();
        String[] asked = request.getParameterValues("iri");
        if (asked != null) {
            for (String iri : asked) {
                if (known.drawable(iri) && !start.contains(iri) && start.size() < MOST_START) {
                    start.add(iri);
                }
            }
        }
        Map<String, String> m = ExploreMessages.of(lang);
        HtmlResponse.write(request, response, HttpServletResponse.SC_OK, "explore", chrome,
                Map.of("m", m, "config", config(start, lang, m).toString()));
    }

    /** What the script needs: where to ask, the base of the data's IRIs and the prefixes, the start, and its words. */
    private JsonObject config(List<String> start, String lang, Map<String, String> m) {
        JsonObject config = new JsonObject();
        config.put("lang", lang);
        config.put("base", paths.iris().entityBase());
        JsonArray iris = new JsonArray();
        start.forEach(iris::add);
        config.put("start", iris);
        JsonObject api = new JsonObject();
        api.put("neighbourhood", NeighbourhoodServlet.PATH);
        api.put("nodes", NodesServlet.PATH);
        api.put("paths", PathsServlet.PATH);
        api.put("lookup", LookupServlet.PATH);
        api.put("sparql", "/sparql");
        config.put("api", api);
        JsonObject prefixes = new JsonObject();
        for (String prefix : CONSTRUCT_PREFIXES) {
            prefixes.put(prefix, PackagedOntology.get().prefixes().getNsPrefixURI(prefix));
        }
        config.put("prefixes", prefixes);
        JsonObject pathLinks = new JsonObject();
        for (String link : PathFinder.LINKS) {
            pathLinks.put(link, PathFinder.DEFAULT_LINKS.contains(link));
        }
        config.put("pathLinks", pathLinks);
        config.put("pathLength", PathFinder.DEFAULT_LENGTH);
        config.put("pathMostLength", PathFinder.MOST_LENGTH);
        config.put("page", NeighbourhoodServlet.PAGE);
        JsonObject words = new JsonObject();
        m.forEach((key, text) -> {
            if (key.startsWith("js.")) {
                words.put(key.substring(3), text);
            }
        });
        SiteMessages.of("org.unkg.serve.pages.messages", lang).forEach((key, text) -> {
            if (key.startsWith("kind.")) {
                words.put(key, text);
            }
        });
        config.put("words", words);
        return config;
    }
}
