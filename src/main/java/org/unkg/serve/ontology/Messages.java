package org.unkg.serve.ontology;

import java.util.Map;

import org.unkg.serve.site.SiteMessages;

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
        return SiteMessages.of(BUNDLE, lang);
    }
}
