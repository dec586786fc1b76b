package org.unkg.convert;

import java.util.List;
import org.eclipse.rdf4j.model.Statement;
import org.unkg.structure.RecognizedDocument;

/** One source file after conversion: what was recognized, the key of its IRI, and its statements. */
public record ConvertedDocument(String fileName, String documentKey, RecognizedDocument document,
        List<Statement> statements, List<String> warnings) {
}
