package org.unkg.load;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.Writer2;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;

/**
 * Writes one RDF term as N-Triples writes it, in UTF-8, reusing one buffer for every term of a dump.
 *
 * <p>The buffer is a plain writer on purpose: Jena's {@code IndentedLineBuffer} keeps counting its column across
 * {@code clear()}, so after some two thousand million characters (a dump of about 35 million quads, at ×30 the
 * corpus) the count overflows into a negative column and the next term is padded with as many spaces as the heap
 * holds.
 */
final class NTriplesTerm {

    private final NodeFormatter formatter = new NodeFormatterNT(CharSpace.UTF8);
    private final StringWriter text = new StringWriter();
    private final AWriter writer = Writer2.wrapNoBuffer(text);

    /** The term's N-Triples form, in UTF-8. */
    byte[] format(Node node) {
        text.getBuffer().setLength(0);
        formatter.format(writer, node);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
