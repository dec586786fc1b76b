package org.unkg.serve.pages;

import java.util.Map;

import org.unkg.serve.site.SiteMessages;

/**
 * The entity pages' own words (section headings, buttons, the names of kinds of things) in one language, from
 * {@code messages.properties} and {@code messages_zh.properties} beside this class.
 */
final class PageMessages {

    private static final String BUNDLE = "org.unkg.serve.pages.messages";

    private PageMessages() {
    }

    static Map<String, String> of(String lang) {
        return SiteMessages.of(BUNDLE, lang);
    }
}
