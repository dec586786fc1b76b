package org.unkg.serve.explore;

import java.util.Map;

import org.unkg.serve.site.SiteMessages;

/**
 * The explorer's own words in one language, from {@code messages.properties} and {@code messages_zh.properties}
 * beside this class: the page's and its script's, and the names of links read backwards ("mentioned by" for
 * {@code unkg:mentions} from its object), which the ontology does not give.
 */
final class ExploreMessages {

    private static final String BUNDLE = "org.unkg.serve.explore.messages";

    private ExploreMessages() {
    }

    static Map<String, String> of(String lang) {
        return SiteMessages.of(BUNDLE, lang);
    }

    /** A property's name read from its object: {@code inverse.unkg.mentions}, else the name with an arrow. */
    static String inverse(String curie, String name, String lang) {
        Map<String, String> messages = of(lang);
        String own = messages.get("inverse." + curie.replace(':', '.'));
        return own != null ? own : messages.get("inverse.other").replace("{name}", name);
    }
}
