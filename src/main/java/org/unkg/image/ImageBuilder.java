package org.unkg.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import com.github.luben.zstd.ZstdOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.jena.Jena;
import org.unkg.common.Sha256;
import org.unkg.load.Store;
import org.unkg.load.StoreInfo;
import org.unkg.progress.Progress;

/**
 * Packs a built store into one image file ({@link ImageFormat}): the manifest, then every file of the store, streamed
 * from disk through tar and Zstandard into the file, so that memory holds a buffer, never a copy of the store.
 *
 * <p>The store is read twice: once to take the SHA-256 of every file for the manifest, which comes first, and once
 * to pack it, checking each file against its first digest, so that a store changed while it was packed is refused
 * rather than shipped with a manifest that lies. The image is written to a temporary file beside the target and
 * renamed over it when complete, with {@code FILE.sha256} beside it for {@code sha256sum -c}.
 *
 * <pre>{@code
 * ImageManifest manifest = new ImageBuilder(Progress.silent()).build(layout.requireCurrent(), Path.of("unkg.tar.zst"));
 * }</pre>
 */
public final class ImageBuilder {

    private final Progress progress;

    public ImageBuilder(Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Writes the image of a store to {@code out} (replacing it) and returns what its manifest says. */
    public ImageManifest build(Store store, Path out) {
        List<Path> files = StoreParts.list(store);
        StoreInfo info = store.info();
        ImageManifest manifest = new ImageManifest(ImageFormat.VERSION, store.id(), info.builtAt(), info.quads(),
                info.textEntries(), info.files(),
                new ImageManifest.Program(info.softwareVersion(), info.softwareSha256(), info.configSha256(),
                        Jena.VERSION),
                digests(store, files));
        Path target = out.toAbsolutePath().normalize();
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            String sha256 = write(store, files, manifest, tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(target.resolveSibling(target.getFileName() + ".sha256"),
                    sha256 + "  " + target.getFileName() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new ImageException(target + ": cannot write the image: " + e, e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        return manifest;
    }

    private List<ImagePart> digests(Store store, List<Path> files) {
        long total = size(files);
        List<ImagePart> parts = new ArrayList<>(files.size());
        try (Progress.Step step = progress.start("Reading the store", total, Progress.Unit.BYTES)) {
            for (Path file : files) {
                MessageDigest digest = Sha256.newDigest();
                long size = copy(file, OutputStream.nullOutputStream(), digest, step);
                parts.add(new ImagePart(PartPaths.of(store.dir(), file), size, HexFormat.of().formatHex(digest.digest())));
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to no stream failed", e);
        }
        return parts;
    }

    /** Writes the archive; returns the SHA-256 of the image file's bytes. */
    private String write(Store store, List<Path> files, ImageManifest manifest, Path tmp) throws IOException {
        Files.deleteIfExists(tmp);
        MessageDigest whole = Sha256.newDigest();
        try (Progress.Step step = progress.start("Packing the image", manifest.storeBytes(), Progress.Unit.BYTES)) {
            ZstdOutputStream zstd = new ZstdOutputStream(new DigestOutputStream(SyncedFile.create(tmp), whole),
                    ImageFormat.LEVEL);
            // A checksum per frame lets the decompressor itself detect damage, before any part's digest is compared.
            zstd.setChecksum(true);
            zstd.setWorkers(Math.max(1, Runtime.getRuntime().availableProcessors()));
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(zstd, StandardCharsets.UTF_8.name())) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                byte[] json = manifest.toJson();
                tar.putArchiveEntry(entry(ImageFormat.MANIFEST_ENTRY, json.length, manifest));
                tar.write(json);
                tar.closeArchiveEntry();
                for (int i = 0; i < files.size(); i++) {
                    ImagePart part = manifest.parts().get(i);
                    tar.putArchiveEntry(entry(ImageFormat.STORE_FOLDER + part.path(), part.size(), manifest));
                    MessageDigest digest = Sha256.newDigest();
                    long size = copy(files.get(i), tar, digest, step);
                    if (size != part.size() || !HexFormat.of().formatHex(digest.digest()).equals(part.sha256())) {
                        throw new ImageException(files.get(i) + ": changed while the store was being packed; is a "
                                + "process writing to store " + store.id() + "? The image was not written");
                    }
                    tar.closeArchiveEntry();
                }
                tar.finish();
            }
        }
        return HexFormat.of().formatHex(whole.digest());
    }

    private static TarArchiveEntry entry(String name, long size, ImageManifest manifest) {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(size);
        entry.setMode(0100644);
        // The store's build time rather than the packing time: the same store packs to the same bytes.
        entry.setModTime(manifest.builtAt().toEpochMilli());
        return entry;
    }

    /** Copies a file, taking its digest; an unreadable file is named as such, a failed write is left to the caller. */
    private static long copy(Path file, OutputStream out, MessageDigest digest, Progress.Step step)
            throws IOException {
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        try (in) {
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    throw unreadable(file, e);
                }
                if (n < 0) {
                    return size;
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
                step.advance(n);
            }
        }
    }

    private static ImageException unreadable(Path file, IOException e) {
        return new ImageException(file + ": cannot read: " + e.getMessage(), e);
    }

    private static long size(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                throw new ImageException(f + ": cannot read: " + e.getMessage(), e);
            }
        }
        return total;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the failure being reported matters more than a leftover temporary file
        }
    }
}
