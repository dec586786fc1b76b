package org.unkg.load;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@code store.properties} says about a store: what it was built from and by what, so that a later run can tell
 * whether the store is still up to date without opening it.
 *
 * @param quads           distinct quads in the store
 * @param statementsRead  triples and quads read from the files, duplicates included
 * @param textEntries     entries in the text index, one per indexed literal
 * @param files           the files loaded, in the order they were loaded
 * @param softwareVersion the version of the program that built the store
 * @param softwareSha256  the fingerprint of the program that built the store ({@code ProgramFingerprint}); empty for a
 *                        store built before it was recorded
 * @param configSha256    the SHA-256 of the {@code config.ttl} the store was indexed with
 * @param builtAt         when the store became ready
 */
public record StoreInfo(long quads, long statementsRead, long textEntries, List<LoadedFile> files,
                        String softwareVersion, String softwareSha256, String configSha256, Instant builtAt) {

    public static final String FILE_NAME = "store.properties";

    /**
     * One file that went into a store.
     *
     * @param path         the path it was loaded from
     * @param sha256       the SHA-256 of its bytes as they were on disk
     * @param defaultGraph the named graph its default graph was loaded into
     */
    public record LoadedFile(String path, String sha256, String defaultGraph) {
    }

    public StoreInfo {
        files = List.copyOf(files);
    }

    /**
     * Whether this store was built from exactly these files (same content, same graph for their default graphs,
     * wherever they are now and in whatever order), with this description and by this version of the program.
     * Reads every file to take its SHA-256.
     */
    public boolean builtFrom(Collection<InputFile> inputs, StoreConfig config, String version) {
        if (!softwareVersion.equals(version) || !configSha256.equals(config.sha256())) {
            return false;
        }
        Set<List<String>> recorded = files.stream()
                .map(f -> List.of(f.sha256(), f.defaultGraph()))
                .collect(Collectors.toSet());
        Set<List<String>> given = inputs.stream()
                .map(f -> List.of(FileDigest.sha256(f.path()), f.defaultGraph()))
                .collect(Collectors.toSet());
        return recorded.equals(given) && files.size() == inputs.size();
    }

    /** Reads a {@code store.properties}; fails naming the file and the missing or malformed entry. */
    public static StoreInfo read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new StoreException(file + ": no such file", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
        }
        Entries entries = new Entries(file, p);
        int count = (int) entries.number("files");
        List<LoadedFile> files = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            files.add(new LoadedFile(entries.text("file." + i + ".path"), entries.text("file." + i + ".sha256"),
                    entries.text("file." + i + ".defaultGraph")));
        }
        return new StoreInfo(entries.number("quads"), entries.number("statementsRead"), entries.number("textEntries"),
                files, entries.text("softwareVersion"), p.getProperty("softwareSha256", ""), entries.text("config.sha256"),
                entries.instant("builtAt"));
    }

    /** Writes {@code store.properties}, keys in order so that two of them compare line by line. */
    void write(Path file) {
        Map<String, String> entries = new TreeMap<>();
        entries.put("quads", Long.toString(quads));
        entries.put("statementsRead", Long.toString(statementsRead));
        entries.put("textEntries", Long.toString(textEntries));
        entries.put("softwareVersion", softwareVersion);
        entries.put("softwareSha256", softwareSha256);
        entries.put("config.sha256", configSha256);
        entries.put("builtAt", builtAt.toString());
        entries.put("files", Integer.toString(files.size()));
        for (int i = 0; i < files.size(); i++) {
            LoadedFile f = files.get(i);
            String key = "file." + (i + 1) + ".";
            entries.put(key + "path", f.path());
            entries.put(key + "sha256", f.sha256());
            entries.put(key + "defaultGraph", f.defaultGraph());
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new OrderedProperties(entries).store(out, "UNKG store: how it was built");
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    private record Entries(Path file, Properties properties) {

        String text(String key) {
            String value = properties.getProperty(key);
            if (value == null) {
                throw new StoreException(file + ": no entry '" + key + "'");
            }
            return value;
        }

        long number(String key) {
            try {
                return Long.parseLong(text(key).strip());
            } catch (NumberFormatException e) {
                throw new StoreException(file + ": entry '" + key + "' is not a number: " + text(key), e);
            }
        }

        Instant instant(String key) {
            try {
                return Instant.parse(text(key).strip());
            } catch (DateTimeParseException e) {
                throw new StoreException(file + ": entry '" + key + "' is not an ISO-8601 instant: " + text(key), e);
            }
        }
    }

    /** {@link Properties#store} writes entries in the order of {@link #entrySet()}; this one gives them sorted. */
    private static final class OrderedProperties extends Properties {

        private final Map<String, String> sorted;

        OrderedProperties(Map<String, String> sorted) {
            this.sorted = sorted;
            putAll(sorted);
        }

        @Override
        public Set<Map.Entry<Object, Object>> entrySet() {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>(sorted);
            return Collections.unmodifiableSet(copy.entrySet());
        }
    }
}
