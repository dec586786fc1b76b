package org.unkg.mention;

import java.util.List;
import java.util.Map;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;

/**
 * An entry of a vocabulary: its IRI, its kind ({@code organization}, {@code instrument}, {@code country},
 * {@code group}, {@code theme}), its classes, its preferred names by language and its other names.
 */
public record Entity(IRI iri, String kind, List<IRI> types, Map<String, String> prefLabels, List<Literal> altLabels) {

    public boolean isTheme() {
        return "theme".equals(kind);
    }
}
