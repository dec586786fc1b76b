package org.unkg.mention;

import org.eclipse.rdf4j.model.IRI;

/** A name found in one block of a document: what it names, and its span in the block's text (UTF-16, end exclusive). */
public record Mention(IRI target, int start, int end, String text) {
}
