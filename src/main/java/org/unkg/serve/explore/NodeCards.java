package org.unkg.serve.explore;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.atlas.json.JsonObject;
import org.unkg.serve.lod.LocalPaths;
import org.unkg.serve.pages.Kinds;
import org.unkg.serve.pages.NodeLabels;
import org.unkg.serve.pages.PageLinks;
import org.unkg.serve.pages.Schema;

/**
 * What the explorer draws of a node, as JSON: its name in the reader's language (with the language of the name), its
 * kind (read from its IRI), its class and the class's name, its date (its own, or its document's) and its page.
 *
 * <pre>{@code
 * {"id": IRI, "label": "S/PRST/2012/16", "lang": "", "kind": "document",
 *  "class": "https://w3id.org/unkg/ontology#PresidentialStatement", "classLabel": "presidential statement",
 *  "date": "2012-04-25", "href": "/page/document/S/PRST/2012/16?lang=en"}
 * }</pre>
 */
final class NodeCards {

    private final LocalPaths paths;
    private final Schema schema;
    private final NodeLabels labels;
    private final NodeClasses classes;
    private final DocumentDates dates;

    NodeCards(LocalPaths paths, Schema schema, NodeLabels labels, NodeClasses classes, DocumentDates dates) {
        this.paths = paths;
        this.schema = schema;
        this.labels = labels;
        this.classes = classes;
        this.dates = dates;
    }

    /** The cards of the IRIs, in their order; within a read transaction. */
    Map<String, JsonObject> of(Collection<String> iris, String lang) {
        NodeLabels.Names names = labels.fetch(iris, lang);
        Map<String, String> classOf = classes.of(iris);
        PageLinks links = new PageLinks(paths, lang);
        Map<String, JsonObject> cards = new LinkedHashMap<>();
        for (String iri : iris) {
            NodeLabels.Label label = names.of(iri);
            JsonObject card = new JsonObject();
            card.put("id", iri);
            card.put("label", label.text());
            card.put("lang", label.lang());
            card.put("kind", Kinds.of(iri, paths));
            String type = classOf.getOrDefault(iri, "");
            card.put("class", type);
            card.put("classLabel", type.isEmpty() ? "" : schema.name(type, lang));
            String date = dates.of(iri);
            if (date != null) {
                card.put("date", date);
            }
            card.put("href", links.href(iri));
            cards.put(iri, card);
        }
        return cards;
    }
}
