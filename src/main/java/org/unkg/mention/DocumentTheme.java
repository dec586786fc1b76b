package org.unkg.mention;

/**
 * A theme of a document (an IRI) with the weight of its evidence in the document, and whether it is one of the
 * document's main themes, those a librarian indexing the document would give it.
 */
public record DocumentTheme(String iri, double weight, boolean main) {
}
