package org.unkg.mention;

import java.util.List;
import java.util.Map;

/**
 * An entry of a vocabulary: its IRI, its kind ({@code organization}, {@code instrument}, {@code country},
 * {@code group}, {@code theme}), the IRIs of its classes, its preferred names by language and its other names.
 */
public record Entity(String iri, String kind, List<String> types, Map<String, String> prefLabels,
        List<LangString> altLabels) {

    /** Every name it goes by: its preferred names in every language, then its other names. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>(prefLabels.values());
        altLabels.forEach(l -> names.add(l.text()));
        return names;
    }

    public boolean isTheme() {
        return "theme".equals(kind);
    }

    /** Whether one of its classes has this local name ({@code Committee}), whatever its namespace. */
    public boolean hasTypeNamed(String localName) {
        for (String type : types) {
            if (localName(type).equals(localName)) {
                return true;
            }
        }
        return false;
    }

    /** What follows an IRI's last {@code #}, else its last {@code /}, else its last {@code :}. */
    private static String localName(String iri) {
        int cut = iri.lastIndexOf('#');
        if (cut < 0) {
            cut = iri.lastIndexOf('/');
        }
        if (cut < 0) {
            cut = iri.lastIndexOf(':');
        }
        return iri.substring(cut + 1);
    }
}
