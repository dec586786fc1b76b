package org.unkg.load;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The stores this process has open. Whether another process has a store open is asked of the operating system
 * through TDB2's lock file; this process must not ask that way about its own stores, because closing any handle on
 * a locked file drops the process's POSIX lock on it.
 */
public final class OpenStores {

    private static final ConcurrentMap<Path, Integer> OPEN = new ConcurrentHashMap<>();

    private OpenStores() {
    }

    public static void opened(Store store) {
        OPEN.merge(key(store), 1, Integer::sum);
    }

    public static void closed(Store store) {
        OPEN.computeIfPresent(key(store), (k, n) -> n == 1 ? null : n - 1);
    }

    public static boolean isOpen(Store store) {
        return OPEN.containsKey(key(store));
    }

    private static Path key(Store store) {
        return store.dir().toAbsolutePath().normalize();
    }
}
