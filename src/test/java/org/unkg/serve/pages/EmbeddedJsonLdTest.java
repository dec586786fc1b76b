package org.unkg.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

/** The JSON-LD of a page cannot end its script element, whatever its literals hold, and reads back unchanged. */
class EmbeddedJsonLdTest {

    private static final String HOSTILE = "</script><script>alert(1)</script> <!--<script> & &amp; \u2028 \"quoted\"";

    @Test
    void noMarkupCharacterSurvivesAndTheTextReadsBack() {
        Map<Node, List<Node>> statements = new LinkedHashMap<>();
        statements.put(NodeFactory.createURI("https://w3id.org/unkg/ontology#text"),
                List.of(NodeFactory.createLiteralLang(HOSTILE, "en")));
        String json = EmbeddedJsonLd.of("https://w3id.org/unkg/id/document/S/RES/1(1946)/para/1",
                List.of(NodeFactory.createURI("https://w3id.org/unkg/ontology#Paragraph")), statements,
                PrefixMapping.Factory.create().setNsPrefix("unkg", "https://w3id.org/unkg/ontology#"));
        for (String c : List.of("<", ">", "&", "\u2028")) {
            assertFalse(json.contains(c), () -> "'" + c + "' in " + json);
        }
        JsonObject read = JSON.parse(json);
        assertEquals(HOSTILE, read.get("unkg:text").getAsArray().get(0).getAsObject().get("@value").getAsString()
                .value());
        assertEquals("unkg:Paragraph", read.get("@type").getAsArray().get(0).getAsString().value());
    }
}
