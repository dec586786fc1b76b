package org.unkg.serve.ontology;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.unkg.serve.site.Templates;
import org.unkg.serve.site.WebJars;

/**
 * Renders {@link OntologyPage}s with the Pebble template {@code ontology.peb} beside this class; the page draws its
 * diagram with the Cytoscape.js of the site's WebJars and {@code /static/ontology-diagram.js}. Autoescaping is on
 * (Pebble's default, made explicit): every value from the ontology is HTML-escaped, in text and in attributes alike.
 * Variables must exist ({@code strictVariables}), so that a misspelt name fails the build's tests instead of printing
 * nothing.
 */
final class PageRenderer {

    private static final String TEMPLATES = "org/unkg/serve/ontology/";

    private final PebbleTemplate template;

    PageRenderer() {
        this.template = Templates.engine(TEMPLATES).getTemplate("ontology");
    }

    String render(OntologyPage page) {
        StringWriter out = new StringWriter(256 * 1024);
        try {
            template.evaluate(out, Map.of("page", page, "t", page.t(), "cytoscape",
                    WebJars.path("cytoscape", "dist/cytoscape.min.js")), Locale.forLanguageTag(page.lang()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
