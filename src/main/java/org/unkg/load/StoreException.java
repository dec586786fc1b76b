package org.unkg.load;

/**
 * A store could not be built, opened or served. The message is meant for the person at the command line: it names
 * the file concerned and what is wrong with it.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
