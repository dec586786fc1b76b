package org.unkg.source;

/** A source file whose text cannot be had; the message says why, and the caller names the file. */
public final class UnreadableSourceException extends Exception {

    public UnreadableSourceException(String message) {
        super(message);
    }

    public UnreadableSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
