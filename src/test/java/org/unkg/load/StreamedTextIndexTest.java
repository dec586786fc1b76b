package org.unkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.unkg.progress.Progress;

class StreamedTextIndexTest {

    private static final Node S = NodeFactory.createURI("https://w3id.org/unkg/id/document/S/RES/1(1946)");
    private static final Node G1 = NodeFactory.createURI("https://w3id.org/unkg/graph/S/RES/1(1946)");
    private static final Node G2 = NodeFactory.createURI("https://w3id.org/unkg/graph/S/RES/2(1946)");
    private static final Node LABEL = NodeFactory.createLiteralLang("Military Staff Committee", "en");

    private static TextIndexLucene index() {
        EntityDefinition definition = new EntityDefinition("uri", "label", RDFS.label);
        definition.setUidField("uid");
        definition.setGraphField("graph");
        return (TextIndexLucene) TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(),
                new TextIndexConfig(definition));
    }

    @Test
    void oneEntryPerQuadHoweverOftenTheStreamRepeatsIt() throws IOException {
        TextIndexLucene index = index();
        long offered;
        try (StreamedTextIndex text = new StreamedTextIndex(index, Progress.silent())) {
            StreamRDF sink = text.tee(StreamRDFLib.sinkNull());
            sink.quad(Quad.create(G1, S, RDFS.label.asNode(), LABEL));
            sink.quad(Quad.create(G2, S, RDFS.label.asNode(), LABEL));
            // the same quad again, after another graph: a statement stated after it was entailed
            sink.quad(Quad.create(G1, S, RDFS.label.asNode(), LABEL));
            // not indexed: another predicate, or no literal
            sink.quad(Quad.create(G1, S, RDF.type.asNode(), LABEL));
            sink.quad(Quad.create(G1, S, RDFS.label.asNode(), G2));
            offered = text.finish();
        }
        assertEquals(3, offered);
        try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
            assertEquals(2, reader.numDocs());
        }
        List<TextHit> hits = index.query(RDFS.label.asNode(), "staff", null, null, 10);
        Set<Node> graphs = hits.stream().map(TextHit::getGraph).collect(Collectors.toSet());
        assertEquals(2, hits.size());
        assertEquals(Set.of(G1, G2), graphs);
    }

    @Test
    void aFailingIndexEndsTheStreamWithTheReason() throws IOException {
        TextIndexLucene index = index();
        try (StreamedTextIndex text = new StreamedTextIndex(index, Progress.silent())) {
            index.getIndexWriter().close();
            StreamRDF sink = text.tee(StreamRDFLib.sinkNull());
            StoreException failure = assertThrows(StoreException.class, () -> {
                // more than the queue holds: the producer must not wait for a worker that has stopped
                for (int i = 0; i < 10_000; i++) {
                    sink.quad(Quad.create(G1, S, RDFS.label.asNode(), NodeFactory.createLiteralString("name " + i)));
                }
                text.finish();
            });
            assertTrue(failure.getMessage().startsWith("the text index could not take a statement"),
                    failure.getMessage());
        }
    }
}
