package org.unkg.serve.sparql;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.serve.http.Origin;
import org.unkg.serve.site.Chrome;
import org.unkg.serve.site.HtmlResponse;
import org.unkg.serve.site.PagePolicy;

/**
 * The SPARQL editor a browser gets at {@code /sparql}: Zazuko's YASGUI (from its WebJar, started by
 * {@code /static/sparql.js}) pointed at the endpoint, and the gallery as a list that fills the editor. Everything the
 * script needs comes in one {@code data-config} attribute: the endpoint, the gallery's prefixes, the ontology's
 * classes and properties for completion, and the query to start with; so the page has no inline script, and the
 * editor asks no other server than this one.
 */
final class EditorPage {

    /**
     * The one inline style YASGUI 4.5.0 needs: the {@code <style>} element its results table adds for resizable
     * columns (constant text, ".grip-resizable{table-layout:fixed;} ..."), allowed by its hash rather than by
     * {@code 'unsafe-inline'}. A new YASGUI version may change it: the browser test then names the new hash.
     */
    static final String YASR_TABLE_STYLE = "sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=";

    static final String CONTENT_SECURITY_POLICY = PagePolicy.of(YASR_TABLE_STYLE);

    private final Gallery gallery;
    private final OntologyTerms terms;

    EditorPage(Gallery gallery, OntologyTerms terms) {
        this.gallery = gallery;
        this.terms = terms;
    }

    /** Writes the page, the editor holding {@code query} if given, else the first example. */
    void write(HttpServletRequest request, HttpServletResponse response, String query) throws IOException {
        Chrome chrome = Chrome.of(request, null);
        String endpoint = Origin.of(request) + request.getRequestURI();
        List<Map<String, Object>> examples = new ArrayList<>();
        for (Gallery.Example e : gallery.examples()) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("id", e.id());
            example.put("iri", e.iri());
            example.put("kind", e.kind());
            example.put("label", e.label(chrome.lang()));
            example.put("comment", e.comment(chrome.lang()));
            example.put("query", e.query());
            example.put("keywords", String.join(" · ", e.keywords(chrome.lang())));
            examples.add(example);
        }
        String initial = query != null ? query
                : gallery.examples().isEmpty() ? "" : gallery.examples().get(0).query();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("endpoint", endpoint);
        values.put("galleryFile", SparqlModule.GALLERY_PATH);
        values.put("examples", examples);
        values.put("query", initial);
        values.put("config", config(endpoint, query, initial));
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.addHeader("Vary", "Accept");
        HtmlResponse.write(request, response, HttpServletResponse.SC_OK, "sparql", chrome, values);
    }

    private String config(String endpoint, String asked, String initial) {
        JsonObject config = new JsonObject();
        config.put("endpoint", endpoint);
        JsonObject prefixes = new JsonObject();
        gallery.prefixes().forEach(prefixes::put);
        config.put("prefixes", prefixes);
        config.put("classes", array(terms.classes()));
        config.put("properties", array(terms.properties()));
        // A query in the address replaces what the reader's editor kept from last time; the first example does not.
        config.put("query", asked != null ? asked : "");
        config.put("defaultQuery", initial);
        return JSON.toStringFlat(config);
    }

    private static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
