package org.unkg.source;

import java.util.Optional;

/** What a manifest says of one file: its document symbol (when known) and its language (when given). */
public record ManifestEntry(String file, Optional<String> symbol, Optional<String> language) {
}
