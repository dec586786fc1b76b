package org.unkg.image;

/**
 * How a store image is laid out: a tar archive compressed with Zstandard (so that {@code tar --zstd -tvf} lists it),
 * whose first entry is {@code manifest.json} and whose other entries are the files of the store under
 * {@code store/}, in the manifest's order.
 *
 * <p>The manifest comes first so that a reader knows what to expect before it has read anything else: it refuses a
 * foreign file at once, shows progress against the real size, and can tell from the first kilobytes of a remote
 * image that it already has that store.
 */
final class ImageFormat {

    /** The value of the manifest's {@code format}: what tells an image from any other tar archive. */
    static final String NAME = "unkg-store-image";
    /** The layout this program writes, and the newest it reads. */
    static final int VERSION = 1;

    static final String MANIFEST_ENTRY = "manifest.json";
    static final String STORE_FOLDER = "store/";

    /** The first four bytes of a Zstandard frame. */
    static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};

    /** Zstandard's default level: the store's files shrink to about a third at hundreds of MB/s. */
    static final int LEVEL = 3;

    /** A manifest larger than this is not one: it is refused before it is read into memory. */
    static final int MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

    private ImageFormat() {
    }
}
