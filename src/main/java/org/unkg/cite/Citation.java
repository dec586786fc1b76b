package org.unkg.cite;

import org.unkg.structure.Symbol;

/**
 * A UN document cited in a text: the symbol it resolves to and the span of text that names it
 * ({@code start}/{@code end} are UTF-16 indices into the text that was searched).
 */
public record Citation(Symbol symbol, int start, int end, String written) {
}
