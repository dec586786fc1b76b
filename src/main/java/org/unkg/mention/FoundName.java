package org.unkg.mention;

import java.util.List;
import java.util.Optional;

/**
 * A name that a text shows to be a name by its form (a head word, a title, a defined acronym): its span in the
 * block's text (UTF-16, end exclusive), the name as written, its kind ({@code organization}, {@code instrument},
 * {@code person}), the IRIs of its classes, and the short form the text defines for it in parentheses, if any.
 */
record FoundName(int start, int end, String name, String kind, List<String> types, Optional<String> shortForm) {
}
