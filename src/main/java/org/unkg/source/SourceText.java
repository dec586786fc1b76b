package org.unkg.source;

import java.util.Optional;

/**
 * The text of a source file, as the structure stage reads it: lines, with form feeds between the pages of a PDF.
 *
 * @param encoding the character encoding the bytes were read in, for plain text and web pages
 */
public record SourceText(String text, Optional<String> encoding, SourceFormat format) {
}
