package org.unkg.image;

import org.unkg.load.StoreException;

/**
 * A store image could not be built, read, fetched or unpacked. The message names the image (its path or URL) and
 * what is wrong with it: damaged, truncated, foreign, or made by a newer program.
 */
public final class ImageException extends StoreException {

    public ImageException(String message) {
        super(message);
    }

    public ImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
