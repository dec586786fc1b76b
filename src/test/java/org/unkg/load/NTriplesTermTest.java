package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.Test;

class NTriplesTermTest {

    @Test
    void writesTermsAsNTriplesDoes() {
        NTriplesTerm term = new NTriplesTerm();
        for (Node node : new Node[] {
                NodeFactory.createURI("https://w3id.org/unkg/id/document/S-RES-2178(2014)"),
                NodeFactory.createLiteralLang("安全理事会\n\"决议\"\t", "zh"),
                NodeFactory.createLiteralString("line\r\nbreak \\ end"),
                NodeFactory.createBlankNode("b0") }) {
            assertEquals(NodeFmtLib.strNT(node), new String(term.format(node), StandardCharsets.UTF_8));
        }
    }

    /** A dump at ×30 the corpus formats more characters than an int counts; every term must stay exact past that. */
    @Test
    void staysExactPastTwoThousandMillionCharacters() {
        String text = "a".repeat(1 << 20);
        Node literal = NodeFactory.createLiteralLang(text, "en");
        byte[] expected = ("\"" + text + "\"@en").getBytes(StandardCharsets.UTF_8);
        NTriplesTerm term = new NTriplesTerm();
        long written = 0;
        while (written <= Integer.MAX_VALUE + (long) expected.length) {
            assertArrayEquals(expected, term.format(literal));
            written += expected.length;
        }
    }
}
