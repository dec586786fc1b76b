package org.unkg.image;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.unkg.progress.Progress;

/**
 * Checks a whole image without unpacking it: that it is an image of a format this program reads, that every part
 * the manifest lists is there with its size and SHA-256, and that nothing else is.
 *
 * <pre>{@code
 * ImageManifest manifest = new ImageVerifier(Progress.silent()).verify(ImageLocation.parse("unkg.tar.zst"));
 * }</pre>
 */
public final class ImageVerifier {

    private final Progress progress;

    public ImageVerifier(Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The image's manifest, once every part has been read and found as it says; else an {@link ImageException}. */
    public ImageManifest verify(ImageLocation image) {
        try (ImageLocation.Opened opened = image.open();
             ImageReader reader = ImageReader.open(opened.in(), image.toString())) {
            try (Progress.Step step = progress.start("Verifying", reader.manifest().storeBytes(),
                    Progress.Unit.BYTES)) {
                reader.readParts(part -> OutputStream.nullOutputStream(), step);
            }
            return reader.manifest();
        } catch (IOException e) {
            throw new ImageException(image + ": cannot close: " + e.getMessage(), e);
        }
    }
}
