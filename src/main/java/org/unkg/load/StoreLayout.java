package org.unkg.load;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directory given as {@code --db DIR}: built stores under {@code DIR/stores/<id>/}, and {@code DIR/current}, a
 * one-line file naming the store that is served.
 *
 * <p>Readers never see a half-built store: a store is built in its own new directory and becomes current only when
 * {@code current} is replaced, by an atomic rename.
 */
public final class StoreLayout {

    public static final String STORES = "stores";
    public static final String CURRENT = "current";

    private static final Pattern STORE_ID = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{6}");
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final Clock clock;

    public StoreLayout(Path root) {
        this(root, Clock.systemUTC());
    }

    StoreLayout(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    public Path storesDir() {
        return root.resolve(STORES);
    }

    public Path currentFile() {
        return root.resolve(CURRENT);
    }

    /** Whether a name could be that of a store directory; other entries of {@code stores/} are left alone. */
    public static boolean isStoreId(String name) {
        return STORE_ID.matcher(name).matches();
    }

    public Store store(String id) {
        if (!isStoreId(id)) {
            throw new StoreException("'" + id + "' is not a store id (expected e.g. 20250101T120000Z-0a1b2c)");
        }
        return new Store(id, storesDir().resolve(id));
    }

    /** The store {@code current} names, if there is one. */
    public Optional<Store> current() {
        Path file = currentFile();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String id;
        try {
            id = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!isStoreId(id)) {
            throw new StoreException(file + ": '" + id + "' is not a store id");
        }
        Store store = new Store(id, storesDir().resolve(id));
        if (!Files.isDirectory(store.dir())) {
            throw new StoreException(file + ": names store " + id + ", but " + store.dir() + " does not exist");
        }
        return Optional.of(store);
    }

    /** The current store; fails with a hint when nothing was loaded into this directory yet. */
    public Store requireCurrent() {
        return current().orElseThrow(() -> new StoreException(
                root + " has no current store (no " + currentFile().getFileName() + " file): run 'unkg load --db "
                        + root + " FILE...' first"));
    }

    /** Every store directory, oldest first. */
    public List<Store> stores() {
        if (!Files.isDirectory(storesDir())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(storesDir())) {
            return entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(StoreLayout::isStoreId)
                    .sorted()
                    .map(id -> new Store(id, storesDir().resolve(id)))
                    .toList();
        } catch (IOException e) {
            throw new StoreException(storesDir() + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** Creates the directory of a store that does not exist yet. */
    Store createStore() {
        String id = ID_TIME.format(clock.instant()) + "-" + HexFormat.of().toHexDigits((byte) RANDOM.nextInt())
                + HexFormat.of().toHexDigits((short) RANDOM.nextInt());
        Store store = new Store(id, storesDir().resolve(id));
        try {
            Files.createDirectories(storesDir());
            Files.createDirectory(store.dir());
        } catch (IOException e) {
            throw new StoreException(store.dir() + ": cannot create: " + e.getMessage(), e);
        }
        return store;
    }

    /**
     * Makes a store the current one. The new {@code current} is written to a temporary file, flushed to disk and
     * renamed over the old one, so that a reader sees either the old store or the new one, never a torn file.
     */
    public void makeCurrent(Store store) {
        Path tmp = root.resolve(CURRENT + ".tmp-" + store.id());
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.UTF_8.encode(store.id() + "\n"));
                channel.force(true);
            }
            Files.move(tmp, currentFile(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException(currentFile() + ": cannot switch to store " + store.id() + ": " + e.getMessage(), e);
        }
    }
}
