package org.unkg.source;

/** A source file's text after decoding, with the name of the character encoding it was read in. */
public record DecodedText(String text, String encoding) {
}
