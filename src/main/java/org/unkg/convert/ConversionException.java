package org.unkg.convert;

/** A source file that cannot be converted; the message names the file and what is wrong with it. */
public final class ConversionException extends Exception {

    public ConversionException(String message) {
        super(message);
    }

    public ConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
