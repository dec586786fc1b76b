package org.unkg.serve.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' own words (navigation, headings, buttons) in one language, from {@code messages.properties} (English)
 * and {@code messages_zh.properties} beside this class. What pages say about entities comes from the data.
 */
public final class SiteMessages {

    private static final String BUNDLE = "org.unkg.serve.site.messages";
    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private SiteMessages() {
    }

    /** Every message of a language; English for a language without its own file, never the JVM's default locale. */
    public static Map<String, String> of(String lang) {
        return of(BUNDLE, lang);
    }

    /**
     * The messages of another bundle of the site's pages (a base name such as {@code org.unkg.serve.pages.messages}),
     * read the same way.
     */
    public static Map<String, String> of(String baseName, String lang) {
        return CACHE.computeIfAbsent(baseName + "|" + lang, key -> read(baseName, lang));
    }

    private static Map<String, String> read(String baseName, String lang) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, Locale.forLanguageTag(lang),
                SiteMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> messages = new LinkedHashMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            messages.put(key, bundle.getString(key));
        }
        return Collections.unmodifiableMap(messages);
    }
}
