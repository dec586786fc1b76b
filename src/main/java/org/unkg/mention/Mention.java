package org.unkg.mention;

/**
 * A name found in one block of a document: the IRI of what it names, and its span in the block's text (UTF-16, end
 * exclusive).
 */
public record Mention(String target, int start, int end, String text) {
}
