package org.unkg.image;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.github.luben.zstd.ZstdInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.unkg.common.Sha256;
import org.unkg.progress.Progress;

/**
 * Reads an image as it arrives, from a file or the network, in one pass: the manifest first, then each part, whose
 * size and SHA-256 are checked as its bytes go by. Anything that is not what the manifest announces is refused with a
 * message that names the image and says whether it is foreign, damaged or truncated.
 *
 * <pre>{@code
 * try (ImageReader reader = ImageReader.open(in, "unkg.tar.zst")) {
 *     reader.manifest();                       // known before any part is read
 *     reader.readParts(part -> OutputStream.nullOutputStream(), step);
 * }
 * }</pre>
 */
final class ImageReader implements AutoCloseable {

    /** Where the bytes of a part go; the stream is closed when the part has been read whole. */
    interface PartSink {
        OutputStream open(ImagePart part) throws IOException;
    }

    private final String source;
    private final SourceStream raw;
    private final InputStream zstd;
    private final TarArchiveInputStream tar;
    private final byte[] manifestBytes;
    private final ImageManifest manifest;

    private ImageReader(String source, SourceStream raw, InputStream zstd, TarArchiveInputStream tar,
            byte[] manifestBytes) {
        this.source = source;
        this.raw = raw;
        this.zstd = zstd;
        this.tar = tar;
        this.manifestBytes = manifestBytes;
        this.manifest = ImageManifest.parse(manifestBytes, source);
    }

    /** Starts reading an image and reads its manifest; closes {@code in} if it is refused. */
    static ImageReader open(InputStream in, String source) {
        SourceStream raw = new SourceStream(in);
        try {
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
            buffered.mark(ImageFormat.ZSTD_MAGIC.length);
            byte[] head = buffered.readNBytes(ImageFormat.ZSTD_MAGIC.length);
            buffered.reset();
            if (head.length < ImageFormat.ZSTD_MAGIC.length) {
                throw new ImageException(source + ": not a UNKG store image: " + (head.length == 0 ? "it is empty"
                        : "it holds only " + head.length + " bytes"));
            }
            if (!Arrays.equals(head, ImageFormat.ZSTD_MAGIC)) {
                throw new ImageException(source + ": not a UNKG store image: it is not Zstandard-compressed (it "
                        + "starts with the bytes " + HexFormat.ofDelimiter(" ").formatHex(head) + ")");
            }
            ZstdInputStream zstd = new ZstdInputStream(buffered);
            TarArchiveInputStream tar = new TarArchiveInputStream(zstd, StandardCharsets.UTF_8.name());
            TarArchiveEntry first = tar.getNextEntry();
            if (first == null) {
                throw new ImageException(source + ": not a UNKG store image: the archive is empty");
            }
            if (!first.getName().equals(ImageFormat.MANIFEST_ENTRY) || !first.isFile()) {
                throw new ImageException(source + ": not a UNKG store image: its first entry is " + first.getName()
                        + ", not " + ImageFormat.MANIFEST_ENTRY);
            }
            if (first.getSize() > ImageFormat.MAX_MANIFEST_BYTES) {
                throw new ImageException(source + ": not a UNKG store image: its " + ImageFormat.MANIFEST_ENTRY
                        + " is " + first.getSize() + " bytes long");
            }
            byte[] json = tar.readNBytes((int) first.getSize());
            if (json.length != first.getSize()) {
                throw new ImageException(source + ": truncated: it ends inside its manifest");
            }
            return new ImageReader(source, raw, zstd, tar, json);
        } catch (IOException e) {
            closeQuietly(raw);
            throw failure(source, raw, e, "its beginning");
        } catch (RuntimeException e) {
            closeQuietly(raw);
            throw e;
        }
    }

    ImageManifest manifest() {
        return manifest;
    }

    /** The manifest exactly as the image holds it. */
    byte[] manifestBytes() {
        return manifestBytes.clone();
    }

    /**
     * Reads every part into the sink, checking each against the manifest, then the end of the archive; fails on the
     * first problem. The image has been read whole and found intact when this returns.
     */
    void readParts(PartSink sink, Progress.Step step) {
        Map<String, ImagePart> expected = new LinkedHashMap<>();
        manifest.parts().forEach(p -> expected.put(p.path(), p));
        Set<String> done = new HashSet<>();
        String at = "the entry after " + ImageFormat.MANIFEST_ENTRY;
        try {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName();
                at = name;
                if (entry.isDirectory() && name.startsWith(ImageFormat.STORE_FOLDER)) {
                    continue;
                }
                ImagePart part = name.startsWith(ImageFormat.STORE_FOLDER)
                        ? expected.get(name.substring(ImageFormat.STORE_FOLDER.length())) : null;
                if (!entry.isFile() || part == null) {
                    throw new ImageException(source + ": damaged: it holds " + name + ", which its manifest does not list"
                            + (entry.isFile() ? "" : " (and which is not a plain file)"));
                }
                if (!done.add(part.path())) {
                    throw new ImageException(source + ": damaged: it holds " + name + " twice");
                }
                if (entry.getSize() != part.size()) {
                    throw new ImageException(source + ": damaged: " + name + " is " + entry.getSize()
                            + " bytes long; the manifest says " + part.size());
                }
                copy(part, name, sink, step);
            }
            at = "the end of the archive";
            // The rest of the Zstandard frame: reading it to its end checks the frame's own checksum, so that an
            // image cut short after its last part is refused too.
            zstd.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw failure(source, raw, e, at);
        }
        if (done.size() < expected.size()) {
            String first = expected.keySet().stream().filter(p -> !done.contains(p)).findFirst().orElseThrow();
            throw new ImageException(source + ": truncated: " + (expected.size() - done.size()) + " of the "
                    + expected.size() + " parts its manifest lists are missing (the first: " + ImageFormat.STORE_FOLDER
                    + first + ")");
        }
    }

    private void copy(ImagePart part, String name, PartSink sink, Progress.Step step) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[1 << 16];
        long read = 0;
        try (OutputStream out = sink.open(part)) {
            int n;
            while ((n = tar.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                read += n;
                step.advance(n);
            }
        }
        if (read != part.size()) {
            throw new ImageException(source + ": truncated: it ends inside " + name);
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(part.sha256())) {
            throw new ImageException(source + ": damaged: " + name + " does not match its SHA-256 in the manifest");
        }
    }

    /**
     * What went wrong while reading: the source itself failing (a file that cannot be read, a connection lost) is
     * said as such; anything else the decompressor or the archive reader found is damage or truncation.
     */
    private static ImageException failure(String source, SourceStream raw, IOException e, String where) {
        if (e instanceof SourceReadException) {
            return new ImageException(source + ": cannot read it after " + raw.count() + " bytes: "
                    + e.getCause().getMessage(), e.getCause());
        }
        String kind = raw.ended() ? "truncated" : "damaged";
        return new ImageException(source + ": " + kind + ": the archive cannot be read at " + where + ", byte "
                + raw.count() + " of the image (" + e.getMessage() + ")", e);
    }

    @Override
    public void close() {
        closeQuietly(raw);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more can be read or reported from a source being abandoned
        }
    }

    /** An error of the underlying source, told apart from errors of decompression and archive. */
    private static final class SourceReadException extends IOException {
        SourceReadException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The image's bytes as they come: counts them, notes the end, and marks the source's own errors. */
    private static final class SourceStream extends FilterInputStream {

        private long count;
        private boolean ended;

        SourceStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        boolean ended() {
            return ended;
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = super.read();
            } catch (IOException e) {
                throw new SourceReadException(e);
            }
            if (b < 0) {
                ended = true;
            } else {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (IOException e) {
                throw new SourceReadException(e);
            }
            if (n < 0) {
                ended = true;
            } else {
                count += n;
            }
            return n;
        }
    }
}
