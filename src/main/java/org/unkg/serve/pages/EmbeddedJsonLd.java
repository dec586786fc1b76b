package org.unkg.serve.pages;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * The JSON-LD an entity page embeds for crawlers and scripts ({@code <script type="application/ld+json">}): the
 * entity with the statements the page shows, in compact form with the page's prefixes, at most {@value #VALUES}
 * values a property and no literal longer than {@value #LONGEST} characters (a version's full text stays in
 * {@code /data/}).
 *
 * <p>A script element ends at the first {@code </script}, whatever the JSON says, so every {@code <}, {@code >} and
 * {@code &} is written as a JSON escape ({@code \u003c}): the same string to a JSON reader, nothing to the HTML parser.
 */
final class EmbeddedJsonLd {

    static final int VALUES = 50;
    static final int LONGEST = 2000;

    private EmbeddedJsonLd() {
    }

    /** The JSON-LD of the entity's shown statements (types first), escaped for a script element. */
    static String of(String iri, Collection<Node> types, Map<Node, List<Node>> statements, PrefixMapping prefixes) {
        JsonObject context = new JsonObject();
        prefixes.getNsPrefixMap().forEach(context::put);
        JsonObject node = new JsonObject();
        node.put("@context", context);
        node.put("@id", iri);
        JsonArray typeArray = new JsonArray();
        types.forEach(t -> typeArray.add(compact(t.getURI(), prefixes)));
        if (!typeArray.isEmpty()) {
            node.put("@type", typeArray);
        }
        statements.forEach((property, values) -> {
            JsonArray array = new JsonArray();
            for (Node value : values) {
                if (array.size() >= VALUES) {
                    break;
                }
                JsonValue json = value(value, prefixes);
                if (json != null) {
                    array.add(json);
                }
            }
            if (!array.isEmpty()) {
                node.put(compact(property.getURI(), prefixes), array);
            }
        });
        return escape(node.toString());
    }

    private static JsonValue value(Node value, PrefixMapping prefixes) {
        JsonObject object = new JsonObject();
        if (value.isURI()) {
            object.put("@id", value.getURI());
            return object;
        }
        if (!value.isLiteral() || value.getLiteralLexicalForm().length() > LONGEST) {
            return null;
        }
        object.put("@value", value.getLiteralLexicalForm());
        if (!value.getLiteralLanguage().isEmpty()) {
            object.put("@language", value.getLiteralLanguage());
        } else if (!XSDDatatype.XSDstring.getURI().equals(value.getLiteralDatatypeURI())) {
            object.put("@type", compact(value.getLiteralDatatypeURI(), prefixes));
        }
        return object;
    }

    private static String compact(String iri, PrefixMapping prefixes) {
        String shortForm = prefixes.shortForm(iri);
        return shortForm == null ? iri : shortForm;
    }

    /** Makes JSON text safe inside an HTML script element. */
    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
