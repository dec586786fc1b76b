package org.unkg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates RDF files against the SHACL shapes of {@code ontology/shapes.ttl}. The files' named graphs are merged
 * into one data graph, since a document's shapes look at nodes that other documents' graphs also describe.
 */
public final class ShapesValidator {

    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    private final Shapes shapes;

    public ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes packaged with the program. */
    public static ShapesValidator packaged() {
        try (InputStream in = ShapesValidator.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES_RESOURCE + " is missing from the build");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new ShapesValidator(Shapes.parse(g));
        } catch (IOException e) {
            throw new UncheckedIOException(SHAPES_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public ValidationReport validate(List<Path> files) {
        return validate(merged(files));
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** All triples of all graphs of the files, in one graph; a parse error names the file and line. */
    public static Graph merged(List<Path> files) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Path f : files) {
            RDFParser.source(f).parse(dsg);
        }
        Graph union = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }
}
