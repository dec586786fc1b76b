package org.unkg.convert;

import java.util.List;
import org.eclipse.rdf4j.model.Statement;
import org.unkg.cite.Citation;
import org.unkg.mention.DocumentMentions;
import org.unkg.structure.RecognizedDocument;

/**
 * One source file after conversion: what each stage found (its structure, the citations and the mentions of each
 * block), the key of its IRI, and its statements; the warnings, and among them what the reading of its structure
 * had to guess ({@code uncertain}, also in {@code warnings}).
 */
public record ConvertedDocument(String fileName, String documentKey, RecognizedDocument document,
        List<List<Citation>> citations, DocumentMentions mentions, List<Statement> statements, List<String> warnings,
        List<String> uncertain) {
}
