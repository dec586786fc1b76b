package org.unkg.load;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the stores nobody should need any more: every store but the ones kept (the current one and the one it
 * replaced, which a running server may still be serving). A store whose database some process holds open (a server
 * not yet restarted, a load still running) is left for a later load to delete.
 */
public final class StorePruner {

    private static final Logger LOG = LoggerFactory.getLogger(StorePruner.class);
    /** TDB2 holds this file locked, with the operating system's file locks, while a process has the database open. */
    private static final String TDB_LOCK = "tdb.lock";

    private StorePruner() {
    }

    public static void prune(StoreLayout layout, Set<String> keep) {
        for (Store store : layout.stores()) {
            if (keep.contains(store.id())) {
                continue;
            }
            if (inUse(store)) {
                LOG.info("Keeping old store {}: a process has it open", store.id());
                continue;
            }
            try {
                delete(store.dir());
                LOG.info("Deleted old store {}", store.id());
            } catch (StoreException e) {
                // The new store is current already; a leftover directory only costs disk space.
                LOG.warn("Could not delete old store: {}", e.getMessage());
            }
        }
    }

    /** Deletes a directory and everything in it. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot delete: " + e.getMessage(), e);
        }
    }

    private static boolean inUse(Store store) {
        if (OpenStores.isOpen(store)) {
            return true;
        }
        Path lock = store.tdb2().resolve(TDB_LOCK);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            // this process has the database open without having said so to OpenStores
            return true;
        } catch (IOException e) {
            LOG.warn("{}: cannot tell whether the store is in use ({}); keeping it", lock, e.getMessage());
            return true;
        }
    }
}
