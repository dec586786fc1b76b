package org.unkg.serve.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/**
 * The site's Pebble templates, {@code org/unkg/serve/site/templates/NAME.peb}, each extending {@code layout.peb}.
 * Autoescaping is on for every value, in text and attributes alike (a literal from the data can never become
 * markup), and variables must exist, so that a misspelt name fails the tests instead of printing nothing.
 */
public final class Templates {

    private static final String ROOT = "org/unkg/serve/site/templates/";
    private static final Templates INSTANCE = new Templates();

    private final PebbleEngine engine;

    private Templates() {
        engine = engine(ROOT);
    }

    /**
     * A Pebble engine for the {@code .peb} templates under a classpath folder, set as every page of the site needs:
     * HTML autoescaping of every value, and strict variables.
     */
    public static PebbleEngine engine(String classpathFolder) {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(classpathFolder);
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .newLineTrimming(true)
                .build();
    }

    public static Templates get() {
        return INSTANCE;
    }

    /**
     * Renders a template with the page's chrome (as {@code chrome}, and its words as {@code t}) and the page's own
     * values.
     */
    public String render(String name, Chrome chrome, Map<String, ?> values) {
        Map<String, Object> context = new HashMap<>(values);
        context.put("chrome", chrome);
        context.put("t", chrome.t());
        StringWriter out = new StringWriter(64 * 1024);
        try {
            engine.getTemplate(name).evaluate(out, context, Locale.forLanguageTag(chrome.lang()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
