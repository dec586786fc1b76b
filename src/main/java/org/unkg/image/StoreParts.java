package org.unkg.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.unkg.load.DatasetDump;
import org.unkg.load.Store;

/**
 * The files of a built store that an image carries: the TDB2 database, the text index, {@code store.properties},
 * the statistics (the VoID counts the dataset description is made from) and the dump with its SHA-256. The lock files
 * a process holds while it has the store open are left out: they say which process that is, and a replica makes its
 * own.
 */
final class StoreParts {

    /** TDB2's and Lucene's lock files. */
    private static final Set<String> LOCKS = Set.of("tdb2/tdb.lock", "lucene/write.lock");

    private StoreParts() {
    }

    /** The store's files, in the order they are packed; fails naming what is missing from an incomplete store. */
    static List<Path> list(Store store) {
        for (Path required : List.of(store.infoFile(), store.tdb2(), store.lucene(), store.statisticsFile(),
                store.dumpsDir().resolve(DatasetDump.FILE_NAME),
                store.dumpsDir().resolve(DatasetDump.CHECKSUM_FILE_NAME))) {
            if (!Files.exists(required, LinkOption.NOFOLLOW_LINKS)) {
                throw new ImageException("store " + store.dir() + " has no " + store.dir().relativize(required)
                        + ": only a store built whole by 'unkg load' (or 'up') can be packed; load it again");
            }
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(store.dir())) {
            for (Path p : walk.sorted(Comparator.comparing(Path::toString)).toList()) {
                if (Files.isSymbolicLink(p)) {
                    throw new ImageException(p + ": a symbolic link; an image holds plain files only");
                }
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && !LOCKS.contains(PartPaths.of(store.dir(), p))) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new ImageException(store.dir() + ": cannot list the store's files: " + e.getMessage(), e);
        }
        return files;
    }
}
