package org.unkg.structure;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the title of an agenda item is compared: without spaces, punctuation or quotation marks and in lower case, so that
 * one item quoted in several ways ("The situation in Cyprus", “the situation in Cyprus”) is one item.
 */
public final class AgendaTitles {

    private static final Pattern NOT_WORD = Pattern.compile("[\\s\\p{Punct}“”‘’「」《》、，。：；]+");

    private AgendaTitles() {
    }

    /** The key under which a title is looked up. */
    public static String key(String title) {
        return NOT_WORD.matcher(title).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
