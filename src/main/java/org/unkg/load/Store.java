package org.unkg.load;

import java.nio.file.Path;

/**
 * One built store: a directory {@code DIR/stores/<id>/} holding the TDB2 database, its Lucene text index, the
 * {@code store.properties} that describes how it was built, its statistics ({@code statistics.ttl}) and its dump
 * ({@code dumps/}).
 *
 * @param id  the directory's name, a UTC timestamp and a random suffix
 * @param dir the directory
 */
public record Store(String id, Path dir) {

    public Path tdb2() {
        return dir.resolve("tdb2");
    }

    public Path lucene() {
        return dir.resolve("lucene");
    }

    /** What the store holds, counted once as it was built; see {@link DatasetStatistics}. */
    public Path statisticsFile() {
        return dir.resolve(DatasetStatistics.FILE_NAME);
    }

    /** The whole store as gzipped N-Quads and its SHA-256; see {@link DatasetDump}. */
    public Path dumpsDir() {
        return dir.resolve(DatasetDump.FOLDER);
    }

    /** How the store was built; see {@link StoreInfo}. */
    public Path infoFile() {
        return dir.resolve(StoreInfo.FILE_NAME);
    }

    /** Reads {@code store.properties}. */
    public StoreInfo info() {
        return StoreInfo.read(infoFile());
    }
}
