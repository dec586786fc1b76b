package org.unkg.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.load.Store;
import org.unkg.load.StoreLayout;
import org.unkg.load.StorePruner;
import org.unkg.progress.Progress;

/**
 * Unpacks an image into a work directory laid out as {@code unkg load} lays out {@code --db DIR}
 * ({@code stores/<id>/} and {@code current}), so that {@code unkg serve --db DIR} serves it as well.
 *
 * <p>The parts are written into a hidden folder of {@code stores/} as they stream in, each checked against its
 * SHA-256; only when the whole image has been read and found intact is the folder renamed to the store's id and
 * {@code current} switched to it. A failed or interrupted unpack leaves no store that could be served, and the next
 * run clears its folder. A store already unpacked from the same image (the same manifest, byte for byte) is reused
 * after reading no more than the manifest, so a replica restarts at once. The stores other than the new current one
 * and the one it replaced are deleted.
 *
 * <pre>{@code
 * ImageUnpacker.Unpacked unpacked = new ImageUnpacker(progress).unpack(ImageLocation.parse(url), Path.of("work/r1"));
 * PublicServer.builder(unpacked.store()).start();
 * }</pre>
 */
public final class ImageUnpacker {

    private static final Logger LOG = LoggerFactory.getLogger(ImageUnpacker.class);

    /** The manifest of the image a store was unpacked from, kept in the store's directory. */
    public static final String MANIFEST_FILE = "image-manifest.json";
    private static final String UNPACKING = ".unpacking-";

    private final Progress progress;

    public ImageUnpacker(Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * What was unpacked.
     *
     * @param store    the store, now current in the work directory
     * @param manifest the image's manifest
     * @param reused   whether the store was already there, unpacked from the same image before
     */
    public record Unpacked(Store store, ImageManifest manifest, boolean reused) {
    }

    public Unpacked unpack(ImageLocation image, Path work) {
        StoreLayout layout = new StoreLayout(work);
        try (WorkLock lock = WorkLock.acquire(layout.root())) {
            clearLeftovers(layout);
            Optional<Store> previous = currentQuietly(layout);
            Unpacked unpacked;
            try (ImageLocation.Opened opened = image.open();
                 ImageReader reader = ImageReader.open(opened.in(), image.toString())) {
                unpacked = unpack(reader, image, layout);
            } catch (IOException e) {
                throw new ImageException(image + ": cannot close: " + e.getMessage(), e);
            }
            layout.makeCurrent(unpacked.store());
            Set<String> keep = new HashSet<>();
            keep.add(unpacked.store().id());
            previous.ifPresent(p -> keep.add(p.id()));
            StorePruner.prune(layout, keep);
            return unpacked;
        }
    }

    private Unpacked unpack(ImageReader reader, ImageLocation image, StoreLayout layout) {
        ImageManifest manifest = reader.manifest();
        String id = manifest.datasetVersion();
        if (!StoreLayout.isStoreId(id)) {
            throw new ImageException(image + ": damaged manifest: dataset version \"" + id + "\" is not a store id");
        }
        Store store = layout.store(id);
        byte[] manifestBytes = reader.manifestBytes();
        if (Files.exists(store.dir())) {
            if (sameImage(store, manifestBytes)) {
                LOG.info("Store {} was unpacked from this image before: serving it", id);
                return new Unpacked(store, manifest, true);
            }
            throw new ImageException(store.dir() + " exists but was not unpacked from " + image
                    + "; move it away or choose another --work directory");
        }
        requireSpace(layout, manifest, image);
        Path dir = layout.storesDir().resolve(UNPACKING + id + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        try {
            Files.createDirectories(dir);
            try (Progress.Step step = progress.start("Unpacking " + id, manifest.storeBytes(), Progress.Unit.BYTES)) {
                reader.readParts(part -> open(PartPaths.resolve(dir, part.path())), step);
            }
            try (OutputStream out = open(dir.resolve(MANIFEST_FILE))) {
                out.write(manifestBytes);
            }
            Files.move(dir, store.dir(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                StorePruner.delete(dir);
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ImageException(store.dir() + ": cannot unpack " + image + " there: " + e.getMessage(), e);
        }
        LOG.info("Unpacked store {} ({} quads) from {}", id, String.format("%,d", manifest.quads()), image);
        return new Unpacked(store, manifest, false);
    }

    private static boolean sameImage(Store store, byte[] manifest) {
        Path file = store.dir().resolve(MANIFEST_FILE);
        try {
            return Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), manifest);
        } catch (IOException e) {
            throw new ImageException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void requireSpace(StoreLayout layout, ImageManifest manifest, ImageLocation image) {
        try {
            Files.createDirectories(layout.storesDir());
            long usable = Files.getFileStore(layout.storesDir()).getUsableSpace();
            if (usable < manifest.storeBytes()) {
                throw new ImageException(layout.storesDir() + ": " + usable / 1_000_000 + " MB free, but " + image
                        + " unpacks to " + manifest.storeBytes() / 1_000_000 + " MB");
            }
        } catch (IOException e) {
            throw new ImageException(layout.storesDir() + ": cannot create: " + e.getMessage(), e);
        }
    }

    /** Folders of unpacks that did not finish; the lock says no other process is unpacking here. */
    private static void clearLeftovers(StoreLayout layout) {
        if (!Files.isDirectory(layout.storesDir())) {
            return;
        }
        try (Stream<Path> entries = Files.list(layout.storesDir())) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(UNPACKING)).toList()) {
                LOG.info("Deleting {}, left by an unpack that did not finish", p);
                StorePruner.delete(p);
            }
        } catch (IOException e) {
            throw new ImageException(layout.storesDir() + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static Optional<Store> currentQuietly(StoreLayout layout) {
        try {
            return layout.current();
        } catch (RuntimeException e) {
            LOG.warn("{}: {}; it will be replaced", layout.currentFile(), e.getMessage());
            return Optional.empty();
        }
    }

    private static OutputStream open(Path file) {
        return SyncedFile.create(file);
    }
}
