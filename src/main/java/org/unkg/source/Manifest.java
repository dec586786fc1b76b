package org.unkg.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV manifest with the columns {@code file}, {@code symbol} and {@code language}: the facts about a source file
 * that its text does not carry. Files are matched by name, so a manifest stays valid when its folder moves.
 */
public final class Manifest {

    private final Path source;
    private final Map<String, ManifestEntry> byFile;

    private Manifest(Path source, Map<String, ManifestEntry> byFile) {
        this.source = source;
        this.byFile = byFile;
    }

    public static Manifest empty() {
        return new Manifest(null, Map.of());
    }

    public static Manifest read(Path csv) throws IOException {
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                if (!row.isMapped("file") || !row.isSet("file")) {
                    throw new IOException(csv + ":" + row.getRecordNumber() + ": the manifest has no 'file' column");
                }
                String file = row.get("file").strip();
                if (file.isEmpty()) {
                    throw new IOException(csv + ":" + (row.getRecordNumber() + 1) + ": a row names no file");
                }
                entries.put(file, new ManifestEntry(file, column(row, "symbol"), column(row, "language")));
            }
        }
        return new Manifest(csv, entries);
    }

    private static Optional<String> column(CSVRecord row, String name) {
        if (!row.isMapped(name) || !row.isSet(name)) {
            return Optional.empty();
        }
        String value = row.get(name).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public Optional<ManifestEntry> entryFor(Path file) {
        return Optional.ofNullable(byFile.get(file.getFileName().toString()));
    }

    public Collection<ManifestEntry> entries() {
        return byFile.values();
    }

    /** The manifest's own path, for messages; empty for a manifest that was not read from a file. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }
}
