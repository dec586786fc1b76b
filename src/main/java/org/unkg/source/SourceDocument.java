package org.unkg.source;

import java.nio.file.Path;
import java.util.Optional;

/** One input file as read: its path, raw bytes, their SHA-256, and what the manifest says of it. */
public record SourceDocument(Path path, byte[] bytes, String sha256, Optional<ManifestEntry> manifestEntry) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
