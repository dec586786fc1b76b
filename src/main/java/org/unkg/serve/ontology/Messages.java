package org.unkg.serve.ontology;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The documentation page's own words (headings, field names, the names of OWL characteristics) in one language, from
 * {@code messages.properties} (English) and {@code messages_zh.properties} beside this class. What the page says about
 * the terms comes from the ontology, never from here.
 */
final class Messages {

    private static final String BUNDLE = "org.unkg.serve.ontology.messages";

    private Messages() {
    }

    /** Every message of a language, English for a language without its own file; never the JVM's default locale. */
    static Map<String, String> of(String lang) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang),
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> messages = new LinkedHashMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            messages.put(key, bundle.getString(key));
        }
        return Collections.unmodifiableMap(messages);
    }
}
